// name: lead/visible-leads
// description: Which of the ids are leads the caller may see; a hidden one is left out exactly as one that does
//   not exist.
// parameters: ids, and the visibility parameters
// returns: id
UNWIND $ids AS id
MATCH (l:Lead {id: id}) WHERE {{visible l:Lead}}
RETURN l.id AS id
