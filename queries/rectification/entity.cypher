// name: rectification/entity
// description: One entity as it stands after a ledger write, read in the write's own transaction.
// parameters: id
// returns: n
MATCH (n:Entity {id: $id})
RETURN n
