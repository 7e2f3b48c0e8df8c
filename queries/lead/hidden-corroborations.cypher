// name: lead/hidden-corroborations
// description: What the CORROBORATED_LEADS rule lets a user learn of leads they may not see: for each
//   entity a visible lead implicates, how many hidden leads of other teams implicate the same entity
//   and which party committees conducted their rounds. Nothing else of them (no id, no path).
// parameters: leadId
// returns: entity, leads, committees
MATCH (a:Lead {id: $leadId}) WHERE {{visible a}}
MATCH (a)-[:OWNED_BY]->(ta:InspectionTeam)
MATCH (a)-[:IMPLICATES]->(x:Entity)<-[:IMPLICATES]-(b:Lead)
WHERE b <> a AND NOT (b)-[:OWNED_BY]->(ta) AND NOT {{visible b}}
MATCH (b)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(:InspectionRound)-[:CONDUCTED_BY]->(c:Organization)
WITH x, count(DISTINCT b) AS leads, collect(DISTINCT c) AS committees
RETURN x AS entity, leads, committees
ORDER BY entity.id
