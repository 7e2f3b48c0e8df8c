// name: lead/all-steps
// description: Every lead history step, for export, in lead and step order.
// parameters: none
// returns: t
MATCH (t:__LeadTransition)
RETURN t ORDER BY t.leadId, t.seq
