// name: inspection/joint-targets
// description: The targets of a joint inspection (联动巡察) side by side: the targets of the teams
//   of the round itself (side 'own') and of every round joint with it (side 'partner', read
//   JOINT_WITH in both directions), each with the findings its round made about it.
// parameters: round (round id)
// returns: side, round (node), organization (node), found (findings of that round about it)
MATCH (r:InspectionRound {id: $round})<-[:OF_ROUND]-(:InspectionTeam)-[:TARGETS]->(o:Organization)
WITH DISTINCT r, o
RETURN 'own' AS side, r AS round, o AS organization,
       count { (f:Finding)-[:CONCERNS]->(o) WHERE EXISTS { (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r) } } AS found
UNION ALL
MATCH (:InspectionRound {id: $round})-[:JOINT_WITH]-(p:InspectionRound)
MATCH (p)<-[:OF_ROUND]-(:InspectionTeam)-[:TARGETS]->(o:Organization)
WITH DISTINCT p, o
RETURN 'partner' AS side, p AS round, o AS organization,
       count { (f:Finding)-[:CONCERNS]->(o) WHERE EXISTS { (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(p) } } AS found
