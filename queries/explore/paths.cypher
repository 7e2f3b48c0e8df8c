// name: explore/paths
// description: The k shortest paths from one entity to each of the targets, up to 6 hops, through entities the
//   caller may see only. With timeValid, every dated relationship of a path must overlap every other
//   (the latest start is on or before the earliest end): ties that existed at the same time.
// parameters: from (id), to (ids), k and maxHops (1..6; integers rendered into the text, where Cypher takes
//   no parameter), types (relationship types or null), timeValid (boolean)
// returns: p, shortest first
MATCH (a:Entity {id: $from})
WHERE {{visible a}}
MATCH p = SHORTEST {{int k}} (a)(()-[r]-(n:Entity) WHERE ($types IS NULL OR type(r) IN $types) AND {{visible n}}){1,{{int maxHops}}}(b:Entity)
WHERE b.id IN $to
  AND (NOT $timeValid
    OR reduce(latest = date('0001-01-01'), rel IN relationships(p) |
        CASE WHEN coalesce(rel.date, rel.startDate, rel.authorizedFrom, rel.bidDate) > latest THEN coalesce(rel.date, rel.startDate, rel.authorizedFrom, rel.bidDate) ELSE latest END)
      <= reduce(earliest = date('9999-12-31'), rel IN relationships(p) |
        CASE WHEN coalesce(rel.date, rel.endDate, rel.authorizedTo, rel.bidDate) < earliest THEN coalesce(rel.date, rel.endDate, rel.authorizedTo, rel.bidDate) ELSE earliest END))
RETURN p
ORDER BY length(p), b.id
LIMIT $k
