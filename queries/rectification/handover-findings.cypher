// name: rectification/handover-findings
// description: The findings a hand-over is to cover, with their category, for the check that a hand-over carries
//   problems of one kind (分类移交).
// parameters: ids
// returns: id, category
UNWIND $ids AS id
MATCH (f:Finding {id: id})
RETURN f.id AS id, f.category AS category
