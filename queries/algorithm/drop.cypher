// name: algorithm/drop
// requires: gds
// description: Drops a projection; no error when it is already gone.
// parameters: graph
// returns: graphName
CALL gds.graph.drop($graph, false) YIELD graphName
RETURN graphName
