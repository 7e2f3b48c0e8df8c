// name: trace/transfer
// description: One transfer (an allocation, a payment) by its id, with the accounts at either end.
// parameters: id
// returns: a, t, b
MATCH (a:Account)-[t:TRANSFER {id: $id}]->(b:Account)
RETURN a, t, b
