// name: lead/append-step
// description: Appends one step to a lead's history (线索处置记录), never changed afterwards: the next number,
//   the transition, who took it, now, why, and what came with it (the disposal, the body a transfer is proposed
//   to or approved for, the green channel, the case opened).
// parameters: lead, from, to, step, by, reason, disposal, transferTo, green, caseId
// returns: seq
MATCH (l:Lead {id: $lead})
OPTIONAL MATCH (previous:__LeadTransition {leadId: $lead})
WITH count(previous) AS seq
CREATE (t:__LeadTransition {leadId: $lead, seq: seq + 1, from: $from, to: $to, step: $step, by: $by, at: datetime(),
  reason: $reason, disposal: $disposal, transferTo: $transferTo, greenChannel: $green, caseId: $caseId})
RETURN t.seq AS seq
