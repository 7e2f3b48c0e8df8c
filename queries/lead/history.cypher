// name: lead/history
// description: The recorded steps of many leads, oldest first; leads the caller may not see have none.
// parameters: ids, and the visibility parameters
// returns: id, t (the step)
UNWIND $ids AS id
MATCH (l:Lead {id: id}) WHERE {{visible l:Lead}}
MATCH (t:__LeadTransition {leadId: id})
RETURN id, t ORDER BY t.seq
