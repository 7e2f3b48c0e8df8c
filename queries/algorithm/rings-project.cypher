// name: algorithm/rings-project
// requires: gds
// description: Projects the graph rings are looked for in: persons, companies and the private accounts
//   (held by a person or a company), tied by kinship (RELATED_TO), company roles, account holders and
//   transfers, undirected. Accounts of organizations are left out: public money paying many suppliers is
//   the normal business, not a ring. Leads and cases are never projected.
// parameters: graph (a fresh projection name)
// returns: nodes, relationships
MATCH (a:Entity)
WHERE a:Person OR a:Company OR (a:Account AND EXISTS { (a)-[:HELD_BY]->(h) WHERE h:Person OR h:Company })
OPTIONAL MATCH (a)-[:RELATED_TO|COMPANY_ROLE|HELD_BY|TRANSFER]->(b:Entity)
WHERE b:Person OR b:Company OR (b:Account AND EXISTS { (b)-[:HELD_BY]->(h) WHERE h:Person OR h:Company })
WITH gds.graph.project($graph, a, b, {}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodes, g.relationshipCount AS relationships
