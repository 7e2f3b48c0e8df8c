// name: algorithm/brokers-project
// requires: gds
// description: Projects the graph brokers stand in: officials and the organizations they hold positions in,
//   kin, company roles, and each company tied to the organizations whose projects it has contracts for
//   (supplier), undirected. The administrative tree (PART_OF) is left out, so that organizations are joined
//   only through people and suppliers. Leads and cases are never projected.
// parameters: graph (a fresh projection name)
// returns: nodes, relationships
CALL {
  MATCH (a:Person)-[:HOLDS_POSITION]->(b:Organization) RETURN a, b
  UNION
  MATCH (a:Person)-[:RELATED_TO]->(b:Person) RETURN a, b
  UNION
  MATCH (a:Person)-[:COMPANY_ROLE]->(b:Company) RETURN a, b
  UNION
  MATCH (a:Company)<-[:AWARDED_TO]-(:Contract)-[:FOR_PROJECT]->(:Project)-[:OWNED_BY]->(b:Organization) RETURN a, b
}
WITH gds.graph.project($graph, a, b, {}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodes, g.relationshipCount AS relationships
