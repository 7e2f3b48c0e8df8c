// name: rectification/verifications
// description: The revisit verdicts (回头看) on many tasks, in date order: for the Rectification.verifications field,
//   one statement per page of tasks.
// parameters: ids
// returns: id, items (round, passed, note, date, newDeadline, by, completedDate, previousDeadline)
UNWIND $ids AS id
MATCH (r:Rectification {id: id})-[v:VERIFIED_IN]->(round:InspectionRound)
WITH id, v, round ORDER BY v.date, round.id
RETURN id, collect({round: round.id, passed: v.passed, note: v.note, date: toString(v.date),
  newDeadline: toString(v.newDeadline), by: coalesce(v.by, v.recordedBy),
  completedDate: toString(v.completedDate), previousDeadline: toString(v.previousDeadline)}) AS items
