// name: explore/entities
// description: The entities with these ids that the caller may see (an unseen one is as absent as an unknown one).
// parameters: ids
// returns: n
MATCH (n:Entity)
WHERE n.id IN $ids AND {{visible n}}
RETURN n
