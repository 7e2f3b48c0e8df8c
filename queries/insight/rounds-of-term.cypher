// name: insight/rounds-of-term
// description: The ids of the rounds of a term.
// parameters: term (term id)
// returns: id
MATCH (r:InspectionRound)-[:IN_TERM]->(:Term {id: $term})
RETURN r.id AS id
