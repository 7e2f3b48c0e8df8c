// name: insight/rounds-by-ids
// description: Some rounds in order of their start date (then number, then id), for a trend over a committee's or a
//   combined scope.
// parameters: ids (list of round ids)
// returns: id, name
MATCH (r:InspectionRound)
WHERE r.id IN $ids
RETURN r.id AS id, r.name AS name
ORDER BY r.startDate, r.number, r.id
