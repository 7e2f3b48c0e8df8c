// name: algorithm/communities-wcc
// requires: gds
// description: Connected components (WCC) of a projection, those with at least minSize members.
// parameters: graph, minSize
// returns: community, members (entity ids)
CALL gds.wcc.stream($graph) YIELD nodeId, componentId
WITH componentId AS community, collect(nodeId) AS nodeIds
WHERE size(nodeIds) >= $minSize
RETURN community, [n IN gds.util.asNodes(nodeIds) | n.id] AS members
