// name: lead/existing
// description: Which of the ids are taken by an entity of any kind, and the kind (new ids of leads, cases and
//   sanctions must be free; an existing reference must have the expected kind).
// parameters: ids
// returns: id, kind
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind
