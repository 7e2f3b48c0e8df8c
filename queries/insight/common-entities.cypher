// name: insight/common-entities
// description: Cross-case commonality: persons, companies and accounts implicated by findings or leads (those the
//   caller may see) of at least minOrgs different organizations. An item's organization is the one a finding
//   concerns, or for a lead the one its finding concerns, else the committee conducting its team's round.
// parameters: minOrgs, limit
// returns: x (the entity), items (findings and visible leads), organizations, levels
MATCH (x:Entity)<-[:IMPLICATES]-(item:Entity)
WHERE (x:Person OR x:Company OR x:Account) AND (item:Finding OR item:Lead) AND {{visible item}}
WITH x, item, coalesce(
    head([(item)-[:CONCERNS]->(o:Organization) | o]),
    head([(item)-[:FROM_FINDING]->(:Finding)-[:CONCERNS]->(o:Organization) | o]),
    head([(item)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(:InspectionRound)-[:CONDUCTED_BY]->(o:Organization) | o]))
  AS org
WITH x, collect(DISTINCT item) AS items, collect(DISTINCT org) AS organizations
WHERE size(organizations) >= $minOrgs
RETURN x, items, organizations,
  reduce(levels = [], o IN organizations | CASE WHEN o.level IN levels THEN levels ELSE levels + o.level END) AS levels
ORDER BY size(organizations) DESC, size(items) DESC, x.id
LIMIT $limit
