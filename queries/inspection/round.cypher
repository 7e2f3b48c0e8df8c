// name: inspection/round
// description: An inspection round by id (the caller checked it exists).
// parameters: round
// returns: r
MATCH (r:InspectionRound {id: $round})
RETURN r
