// name: rectification/finding-round
// description: A finding's date and the dates of the round that found it: a task fixed on the spot (立行立改) is one
//   completed while the round was still on.
// parameters: id
// returns: foundDate, roundStart, roundEnd, org (the organization it concerns)
MATCH (f:Finding {id: $id})
OPTIONAL MATCH (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(round:InspectionRound)
OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
RETURN f.foundDate AS foundDate, round.startDate AS roundStart, round.endDate AS roundEnd, o.id AS org
LIMIT 1
