// name: rectification/accountability
// description: The accountability actions (约谈, 问责, sanctions) answering many tasks, for the
//   Rectification.accountability field.
// parameters: ids
// returns: id, items (sanction nodes, by id)
UNWIND $ids AS id
MATCH (s:Sanction)-[:ANSWERS]->(r:Rectification {id: id})
WITH id, s ORDER BY s.id
RETURN id, collect(s) AS items
