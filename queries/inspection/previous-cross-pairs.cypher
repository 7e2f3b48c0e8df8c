// name: inspection/previous-cross-pairs
// description: Rotation of cross inspection (交叉巡察轮换): the pairs of the committee's previous
//   CROSS round (the latest one starting before this round does), each team's home county (as in
//   inspection/team-home-counties, on that round's start) with the counties its targets lie in
//   (topmost COUNTY-level ancestor, itself if none). No county inspects the same county twice
//   running, so these pairs are not proposed again.
// parameters: round (round id)
// returns: previous (round id), from (county id), to (county id)
MATCH (r:InspectionRound {id: $round})-[:CONDUCTED_BY]->(c:Organization)
MATCH (prev:InspectionRound {type: 'CROSS'})-[:CONDUCTED_BY]->(c)
WHERE prev <> r AND prev.startDate < r.startDate
WITH prev ORDER BY prev.startDate DESC, prev.id LIMIT 1
MATCH (t:InspectionTeam)-[:OF_ROUND]->(prev)
MATCH (p:Person)-[:MEMBER_OF]->(t)
MATCH (p)-[h:HOLDS_POSITION]->(:Organization)-[:PART_OF*0..6]->(home:Organization {level: 'COUNTY'})
WHERE NOT EXISTS { (home)-[:PART_OF]->(:Organization {level: 'COUNTY'}) }
  AND h.startDate <= prev.startDate AND (h.endDate IS NULL OR h.endDate >= prev.startDate)
WITH prev, t, home, count(DISTINCT p) AS n
ORDER BY n DESC, home.id
WITH prev, t, collect(home)[0] AS home
MATCH (t)-[:TARGETS]->(:Organization)-[:PART_OF*0..6]->(to:Organization {level: 'COUNTY'})
WHERE NOT EXISTS { (to)-[:PART_OF]->(:Organization {level: 'COUNTY'}) } AND to <> home
RETURN DISTINCT prev.id AS previous, home.id AS from, to.id AS to
ORDER BY from, to
