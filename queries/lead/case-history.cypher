// name: lead/case-history
// description: The recorded steps of many cases, oldest first; cases the caller may not see have none.
// parameters: ids, and the visibility parameters
// returns: id, t (the step)
UNWIND $ids AS id
MATCH (k:Case {id: id}) WHERE {{visible k:Case}}
MATCH (t:__CaseTransition {caseId: id})
RETURN id, t ORDER BY t.seq
