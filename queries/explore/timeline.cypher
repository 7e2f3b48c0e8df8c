// name: explore/timeline
// description: The dated events around one entity, in date order: every date on its relationships (positions,
//   transfers, memberships) and on its neighbours (findings, leads, cases, sanctions, contracts,
//   rectifications ...), and, for a holder of accounts, the transfers in and out of them.
// parameters: id, windowFrom, windowTo (dates or null), limit
// returns: date, field (the property holding the date), onEdge (whether the date is the relationship's), e, r, n
MATCH (e:Entity {id: $id})
WHERE {{visible e}}
CALL (e) {
  MATCH (e)-[r]-(n:Entity)
  WHERE {{visible n}}
  UNWIND [k IN keys(r) WHERE valueType(r[k]) STARTS WITH 'DATE' | [k, true]]
    + [k IN keys(n) WHERE valueType(n[k]) STARTS WITH 'DATE' | [k, false]] AS dated
  RETURN dated[0] AS field, dated[1] AS onEdge, CASE WHEN dated[1] THEN r[dated[0]] ELSE n[dated[0]] END AS date,
    e AS owner, r, n
  UNION
  MATCH (e)<-[:HELD_BY]-(account:Account)-[r:TRANSFER]-(n:Account)
  RETURN 'date' AS field, true AS onEdge, r.date AS date, account AS owner, r, n
}
WITH field, onEdge, date, owner, r, n
WHERE ($windowFrom IS NULL OR date >= $windowFrom) AND ($windowTo IS NULL OR date <= $windowTo)
RETURN date, field, onEdge, owner, r, n
ORDER BY date, field, n.id
LIMIT $limit
