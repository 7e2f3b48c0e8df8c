// name: inspection/recusal
// description: Recusal screening (回避): every tie between a proposed member and a proposed
//   target, one row per tie with the path that proves it.
//   POSITION_IN_TARGET: the member held a position at the target or an organization below it
//     that started by asOf and had not ended before since (= asOf − lookback years).
//   KIN_OF_LEADER: the member is kin (every RELATED_TO except ASSOCIATE, either direction) of a
//     person holding a leader or head position at the target on asOf.
//   IN_LAW_OF_LEADER: the member is a near in-law (近姻亲) of such a leader, two ties apart and not
//     already direct kin: the leader is the member's spouse's sibling or parent, or the member's
//     sibling's or child's spouse (the last the inverse of a spouse's parent). PARENT/CHILD are read
//     as a pair: (a)-[PARENT]->(b) and (b)-[CHILD]->(a) both say b is a's parent.
//   COLLEAGUE: the member and such a leader held positions in the same organization at the same
//     time, the overlap reaching since or later.
//   SHARED_COMPANY: the member and such a leader have a role in the same company.
//   SHARED_ACCOUNT: money moved directly between an account the member holds and one the leader
//     holds, on or after since (an account has one holder, so a shared account shows as transfers).
//   SAME_REGION (only when region is true, i.e. cross inspection): on asOf the member holds a
//     position in an organization under the same county-level organization as the target (the
//     topmost COUNTY-level ancestor, itself if it has none).
//   Leads and cases are never on these paths (only persons, organizations, companies, accounts).
// parameters: members (person ids), targets (organization ids), asOf (date text), since (date text),
//   region (boolean), limit (most rows returned; the caller reads one more as truncation)
// returns: member (node), target (node), kind, evidence (path)
CALL {
  UNWIND $members AS mid
  MATCH (m:Person {id: mid})
  UNWIND $targets AS tid
  MATCH (t:Organization {id: tid})
  MATCH evidence = (m)-[h:HOLDS_POSITION]->(o:Organization)-[:PART_OF*0..6]->(t)
  WHERE h.startDate <= date($asOf) AND (h.endDate IS NULL OR h.endDate >= date($since))
  RETURN m AS member, t AS target, 'POSITION_IN_TARGET' AS kind, evidence
  UNION ALL
  UNWIND $members AS mid
  MATCH (m:Person {id: mid})
  UNWIND $targets AS tid
  MATCH (t:Organization {id: tid})
  MATCH evidence = (m)-[k:RELATED_TO]-(q:Person)-[h:HOLDS_POSITION]->(t)
  WHERE k.relation <> 'ASSOCIATE' AND (h.isLeader OR h.isHead)
    AND h.startDate <= date($asOf) AND (h.endDate IS NULL OR h.endDate >= date($asOf))
  RETURN m AS member, t AS target, 'KIN_OF_LEADER' AS kind, evidence
  UNION ALL
  UNWIND $members AS mid
  MATCH (m:Person {id: mid})
  UNWIND $targets AS tid
  MATCH (t:Organization {id: tid})
  MATCH evidence = (m)-[k1:RELATED_TO]-(s:Person)-[k2:RELATED_TO]-(q:Person)-[h:HOLDS_POSITION]->(t)
  WHERE q <> m AND (h.isLeader OR h.isHead)
    AND h.startDate <= date($asOf) AND (h.endDate IS NULL OR h.endDate >= date($asOf))
    AND NOT EXISTS { (m)-[k:RELATED_TO]-(q) WHERE k.relation <> 'ASSOCIATE' }
    AND ((k1.relation = 'SPOUSE' AND k2.relation = 'SIBLING')
      OR (k1.relation = 'SIBLING' AND k2.relation = 'SPOUSE')
      OR (k1.relation = 'SPOUSE' AND ((startNode(k2) = s AND k2.relation = 'PARENT')
                                    OR (startNode(k2) = q AND k2.relation = 'CHILD')))
      OR (k2.relation = 'SPOUSE' AND ((startNode(k1) = m AND k1.relation = 'CHILD')
                                    OR (startNode(k1) = s AND k1.relation = 'PARENT'))))
  RETURN m AS member, t AS target, 'IN_LAW_OF_LEADER' AS kind, evidence
  UNION ALL
  UNWIND $members AS mid
  MATCH (m:Person {id: mid})
  UNWIND $targets AS tid
  MATCH (t:Organization {id: tid})
  MATCH evidence = (m)-[h1:HOLDS_POSITION]->(:Organization)<-[h2:HOLDS_POSITION]-(q:Person)-[h:HOLDS_POSITION]->(t)
  WHERE q <> m AND (h.isLeader OR h.isHead)
    AND h.startDate <= date($asOf) AND (h.endDate IS NULL OR h.endDate >= date($asOf))
    AND h1.startDate <= coalesce(h2.endDate, date($asOf)) AND h2.startDate <= coalesce(h1.endDate, date($asOf))
    AND coalesce(h1.endDate, date($asOf)) >= date($since) AND coalesce(h2.endDate, date($asOf)) >= date($since)
  RETURN m AS member, t AS target, 'COLLEAGUE' AS kind, evidence
  UNION ALL
  UNWIND $members AS mid
  MATCH (m:Person {id: mid})
  UNWIND $targets AS tid
  MATCH (t:Organization {id: tid})
  MATCH evidence = (m)-[:COMPANY_ROLE]->(:Company)<-[:COMPANY_ROLE]-(q:Person)-[h:HOLDS_POSITION]->(t)
  WHERE q <> m AND (h.isLeader OR h.isHead)
    AND h.startDate <= date($asOf) AND (h.endDate IS NULL OR h.endDate >= date($asOf))
  RETURN m AS member, t AS target, 'SHARED_COMPANY' AS kind, evidence
  UNION ALL
  UNWIND $members AS mid
  MATCH (m:Person {id: mid})
  UNWIND $targets AS tid
  MATCH (t:Organization {id: tid})
  MATCH evidence = (m)<-[:HELD_BY]-(:Account)-[x:TRANSFER]-(:Account)-[:HELD_BY]->(q:Person)-[h:HOLDS_POSITION]->(t)
  WHERE q <> m AND (h.isLeader OR h.isHead) AND x.date >= date($since) AND x.date <= date($asOf)
    AND h.startDate <= date($asOf) AND (h.endDate IS NULL OR h.endDate >= date($asOf))
  RETURN m AS member, t AS target, 'SHARED_ACCOUNT' AS kind, evidence
  UNION ALL
  UNWIND $members AS mid
  MATCH (m:Person {id: mid})
  UNWIND $targets AS tid
  MATCH (t:Organization {id: tid})
  WHERE $region
  MATCH up = (t)-[:PART_OF*0..6]->(county:Organization {level: 'COUNTY'})
  WHERE NOT EXISTS { (county)-[:PART_OF]->(:Organization {level: 'COUNTY'}) }
  MATCH down = (m)-[h:HOLDS_POSITION]->(:Organization)-[:PART_OF*0..6]->(county)
  WHERE h.startDate <= date($asOf) AND (h.endDate IS NULL OR h.endDate >= date($asOf))
  RETURN m AS member, t AS target, 'SAME_REGION' AS kind, [down, up] AS evidence
}
RETURN member, target, kind, evidence
LIMIT $limit
