// name: inspection/team-home-counties
// description: The teams of a round, each with its home county for cross inspection (交叉巡察):
//   the county-level organization (topmost COUNTY-level ancestor, itself if none) under which most
//   of its members held a position on the round's start date (ties: the smallest id). A team
//   whose members hold no county position has no home.
// parameters: round (round id)
// returns: team (node), home (node or null), start (date)
MATCH (t:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound {id: $round})
WITH t, r, coalesce(r.startDate, date()) AS day
OPTIONAL MATCH (p:Person)-[:MEMBER_OF]->(t)
OPTIONAL MATCH (p)-[h:HOLDS_POSITION]->(:Organization)-[:PART_OF*0..6]->(c:Organization {level: 'COUNTY'})
WHERE NOT EXISTS { (c)-[:PART_OF]->(:Organization {level: 'COUNTY'}) }
  AND h.startDate <= day AND (h.endDate IS NULL OR h.endDate >= day)
WITH t, day, c, count(DISTINCT p) AS n
ORDER BY n DESC, c.id
WITH t, day, collect(c)[0] AS home
RETURN t AS team, home, day AS start
ORDER BY t.id
