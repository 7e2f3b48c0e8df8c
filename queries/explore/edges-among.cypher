// name: explore/edges-among
// description: The relationships among a set of entities (all of which the caller may see), so a picture
//   also draws the ties between neighbours of the same ring.
// parameters: ids, types (or null), windowFrom, windowTo (dates or null), limit
// returns: r
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
  AND ($types IS NULL OR type(r) IN $types)
  AND ($windowTo IS NULL OR coalesce(r.date, r.startDate, r.authorizedFrom, r.bidDate) IS NULL OR coalesce(r.date, r.startDate, r.authorizedFrom, r.bidDate) <= $windowTo)
  AND ($windowFrom IS NULL OR coalesce(r.date, r.endDate, r.authorizedTo, r.bidDate) IS NULL OR coalesce(r.date, r.endDate, r.authorizedTo, r.bidDate) >= $windowFrom)
RETURN r
LIMIT $limit
