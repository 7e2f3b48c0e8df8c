// name: lead/all-case-steps
// description: Every case history step, for export, in case and step order.
// parameters: none
// returns: t
MATCH (t:__CaseTransition)
RETURN t ORDER BY t.caseId, t.seq
