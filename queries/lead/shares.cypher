// name: lead/shares
// description: The teams each of many visible leads is shared with (共享), with the note, who and when; hidden
//   leads have none.
// parameters: ids, and the visibility parameters
// returns: id, t (the team), s (the share)
UNWIND $ids AS id
MATCH (l:Lead {id: id}) WHERE {{visible l:Lead}}
MATCH (l)-[s:SHARED_WITH]->(t:InspectionTeam)
RETURN id, t, s ORDER BY t.id
