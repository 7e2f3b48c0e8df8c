// name: explore/neighbourhood-step
// description: One ring of a neighbourhood: the relationships from the frontier to entities the caller may see.
//   A relationship passes the time window when its period (date, startDate..endDate, authorizedFrom..authorizedTo
//   or bidDate) overlaps it; one without dates always passes.
// parameters: frontier (ids), types (relationship types or null), kinds (labels or null), windowFrom, windowTo (dates or null), limit
// returns: a (a frontier node), r, b (its neighbour)
UNWIND $frontier AS fid
MATCH (a:Entity {id: fid})-[r]-(b:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($kinds IS NULL OR any(label IN labels(b) WHERE label IN $kinds))
  AND ($windowTo IS NULL OR coalesce(r.date, r.startDate, r.authorizedFrom, r.bidDate) IS NULL OR coalesce(r.date, r.startDate, r.authorizedFrom, r.bidDate) <= $windowTo)
  AND ($windowFrom IS NULL OR coalesce(r.date, r.endDate, r.authorizedTo, r.bidDate) IS NULL OR coalesce(r.date, r.endDate, r.authorizedTo, r.bidDate) >= $windowFrom)
  AND {{visible b}}
RETURN a, r, b
LIMIT $limit
