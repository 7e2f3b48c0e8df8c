// name: investigation/all
// description: Every saved investigation in id order, for an export of the whole graph.
// parameters: none
// returns: i
MATCH (i:__Investigation)
RETURN i ORDER BY i.id
