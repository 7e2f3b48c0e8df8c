// name: lead/visible-entities
// description: Which of the ids are entities the caller may see (what a new lead may implicate); a hidden one is
//   left out exactly as one that does not exist.
// parameters: ids, and the visibility parameters
// returns: id
UNWIND $ids AS id
MATCH (n:Entity {id: id}) WHERE {{visible n}}
RETURN n.id AS id
