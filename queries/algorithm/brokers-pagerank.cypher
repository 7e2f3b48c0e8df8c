// name: algorithm/brokers-pagerank
// requires: gds
// description: PageRank over the brokers projection; persons and companies only, best first.
// parameters: graph, config (algorithm configuration), candidates (how many to return)
// returns: id, score
CALL gds.pageRank.stream($graph, $config) YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS n, score
WHERE n:Person OR n:Company
RETURN n.id AS id, score
ORDER BY score DESC, id
LIMIT $candidates
