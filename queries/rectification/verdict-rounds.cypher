// name: rectification/verdict-rounds
// description: Of many rounds, those the database holds revisit verdicts in, with one task judged there: an import
//   that makes such a round other than a revisit round (LOOKBACK) would leave its verdicts in the wrong kind of round.
// parameters: ids
// returns: id, task
UNWIND $ids AS id
MATCH (r:Rectification)-[:VERIFIED_IN]->(round:InspectionRound {id: id})
WITH id, min(r.id) AS task
RETURN id, task
