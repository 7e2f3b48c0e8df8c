// name: lead/of-kind
// description: Which of the ids are entities of the kind (a label of the model, given as a parameter): the bodies,
//   persons and teams a step of the clue chain names must exist.
// parameters: ids, kind
// returns: ids
UNWIND $ids AS id
MATCH (n:Entity {id: id}) WHERE $kind IN labels(n)
RETURN collect(DISTINCT n.id) AS ids
