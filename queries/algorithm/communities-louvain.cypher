// name: algorithm/communities-louvain
// requires: gds
// description: Louvain communities of a projection (densely tied groups: a bridge of one transfer does not
//   merge two groups), those with at least minSize members.
// parameters: graph, minSize
// returns: community, members (entity ids)
CALL gds.louvain.stream($graph) YIELD nodeId, communityId
WITH communityId AS community, collect(nodeId) AS nodeIds
WHERE size(nodeIds) >= $minSize
RETURN community, [n IN gds.util.asNodes(nodeIds) | n.id] AS members
