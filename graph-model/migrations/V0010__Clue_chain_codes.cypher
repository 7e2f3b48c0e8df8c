// The clue chain as the regulations have it (issue 13): the four dispositions are statuses of their own,
// a transfer takes two steps, a concluded case concludes its lead (已结案, not 予以了结), party and
// government sanctions have codes of their own. Stored values are rewritten, so a database written by an
// earlier version reads and exports with the codes of this one. Versions 7-9 are left to other changes
// under way at the same time. Every statement can run again without harm.
CREATE INDEX lead_transition_lead IF NOT EXISTS FOR (t:__LeadTransition) ON (t.leadId);
CREATE INDEX case_transition_case IF NOT EXISTS FOR (t:__CaseTransition) ON (t.caseId);
// 核查中 was 初核 in effect (谈话函询 had no status of its own).
MATCH (l:Lead {status: 'UNDER_VERIFICATION'}) SET l.status = 'PRELIMINARY_VERIFICATION';
MATCH (l:Lead {disposal: 'FURTHER_UNDERSTANDING'}) SET l.disposal = CASE l.status WHEN 'CLOSED' THEN 'CLOSED' ELSE null END;
MATCH (l:Lead {status: 'CLOSED'}) WHERE EXISTS { (:Case)-[:FROM_LEAD]->(l) } SET l.status = 'CASE_CONCLUDED';
MATCH (t:__LeadTransition {from: 'UNDER_VERIFICATION'}) SET t.from = 'PRELIMINARY_VERIFICATION';
MATCH (t:__LeadTransition {to: 'UNDER_VERIFICATION'}) SET t.to = 'PRELIMINARY_VERIFICATION';
MATCH (t:__LeadTransition {disposal: 'FURTHER_UNDERSTANDING'}) SET t.disposal = null;
MATCH (t:__LeadTransition {step: 'CONCLUDE', to: 'CLOSED'}) SET t.to = 'CASE_CONCLUDED';
// A one-step transfer becomes the proposal and its approval, by the same user at the same time (one
// statement, so that a re-run cannot shift the later steps twice).
MATCH (t:__LeadTransition {step: 'TRANSFER'})
CALL (t) {
  MATCH (later:__LeadTransition {leadId: t.leadId}) WHERE later.seq > t.seq
  SET later.seq = later.seq + 1
}
SET t.step = 'PROPOSE_TRANSFER', t.to = 'TRANSFER_PROPOSED'
CREATE (:__LeadTransition {leadId: t.leadId, seq: t.seq + 1, from: 'TRANSFER_PROPOSED', to: 'TRANSFERRED',
  step: 'APPROVE_TRANSFER', by: t.by, at: t.at, reason: t.reason, transferTo: t.transferTo});
MATCH (s:Sanction {type: 'WARNING'}) SET s.type = 'PARTY_WARNING';
MATCH (s:Sanction {type: 'SERIOUS_WARNING'}) SET s.type = 'PARTY_SERIOUS_WARNING';
MATCH (s:Sanction {type: 'REMOVAL_FROM_POST'}) SET s.type = 'PARTY_POST_REMOVAL';
MATCH (s:Sanction {type: 'PROBATION'}) SET s.type = 'PARTY_PROBATION';
MATCH (s:Sanction {type: 'EXPULSION'}) SET s.type = 'PARTY_EXPULSION';
MATCH (s:Sanction {type: 'DISMISSAL'}) SET s.type = 'GOV_EXPULSION';
