// name: lead/proposed-transfer
// description: The body the pending transfer of a lead was proposed to: the transferTo of its last step.
// parameters: lead
// returns: transferTo (null when the last step proposed none)
MATCH (t:__LeadTransition {leadId: $lead})
WITH t ORDER BY t.seq DESC LIMIT 1
RETURN t.transferTo AS transferTo
