// name: rectification/locked-task
// description: A ledger line for a change, with the write lock taken so that the check made on it and the write
//   that follows see the same state (two editors cannot both tick off one task), and what the checks need: its
//   finding's date and the dates of the finding's round, its responsible unit, and the day of its last revisit
//   verdict (a task is ticked off again only after the revisit that reopened it).
// parameters: id
// returns: r (the task), foundDate, roundStart, roundEnd, responsibleOrg (id or null), findingOrg (id), lastVerdict,
//   verdicts (round id/day of each verdict: one verdict per round and day)
MATCH (r:Rectification {id: $id})
SET r._lock = true REMOVE r._lock
WITH r
OPTIONAL MATCH (r)-[:RECTIFIES]->(f:Finding)
OPTIONAL MATCH (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(round:InspectionRound)
OPTIONAL MATCH (f)-[:CONCERNS]->(fo:Organization)
OPTIONAL MATCH (r)-[:RESPONSIBLE_ORG]->(o:Organization)
RETURN r, f.foundDate AS foundDate, round.startDate AS roundStart, round.endDate AS roundEnd, o.id AS responsibleOrg,
  fo.id AS findingOrg, COLLECT { MATCH (r)-[v:VERIFIED_IN]->(:InspectionRound) RETURN max(v.date) }[0] AS lastVerdict,
  COLLECT { MATCH (r)-[v:VERIFIED_IN]->(x:InspectionRound) RETURN x.id + '/' + toString(v.date) } AS verdicts
LIMIT 1
