// name: inspection/organizations
// description: The organizations of the ids, in id order (the counties given to cross inspection).
// parameters: ids
// returns: o
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN o ORDER BY o.id
