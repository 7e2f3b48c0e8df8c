// name: lead/append-case-step
// description: Appends one step to a case's history (案件办理记录), never changed afterwards: the next number,
//   the transition, who took it, now and why.
// parameters: case, from, to, step, by, reason
// returns: seq
MATCH (k:Case {id: $case})
OPTIONAL MATCH (previous:__CaseTransition {caseId: $case})
WITH count(previous) AS seq
CREATE (t:__CaseTransition {caseId: $case, seq: seq + 1, from: $from, to: $to, step: $step, by: $by, at: datetime(),
  reason: $reason})
RETURN t.seq AS seq
