// name: inspection/planned-entities
// description: The round and teams planRound has just written, read back in its transaction.
// parameters: ids (entity ids)
// returns: n (node)
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n
