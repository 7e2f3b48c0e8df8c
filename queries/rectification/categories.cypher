// name: rectification/categories
// description: The category of each of many hand-overs and findings as the database holds them, for the import's
//   check that a hand-over carries problems of one kind (分类移交); ids that are neither give no row.
// parameters: ids
// returns: id, category (null when a finding has none)
UNWIND $ids AS id
MATCH (n:Entity {id: id}) WHERE n:Handover OR n:Finding
RETURN n.id AS id, n.category AS category
