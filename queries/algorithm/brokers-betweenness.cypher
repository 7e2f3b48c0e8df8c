// name: algorithm/brokers-betweenness
// requires: gds
// description: Betweenness centrality over the brokers projection (on a sample of source nodes when the
//   graph is big, see config); persons and companies only, best first.
// parameters: graph, config (algorithm configuration), candidates (how many to return)
// returns: id, score
CALL gds.betweenness.stream($graph, $config) YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS n, score
WHERE (n:Person OR n:Company) AND score > 0
RETURN n.id AS id, score
ORDER BY score DESC, id
LIMIT $candidates
