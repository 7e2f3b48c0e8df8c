// name: insight/reported-of-term
// description: The published figures (报送数) recorded for a term, or for the rounds of it, with their scope's ids:
//   the committee, whether combined, the round; in the order they were reported.
// parameters: term (term id)
// returns: n, committee (id), round (id or null)
MATCH (n:ReportedFigure)-[:IN_TERM]->(:Term {id: $term})
OPTIONAL MATCH (n)-[:OF_COMMITTEE]->(c:Organization)
OPTIONAL MATCH (n)-[:REPORTS_ON]->(r:InspectionRound)
RETURN n, c.id AS committee, r.id AS round
ORDER BY n.reportedDate, c.id, n.figure, n.id
