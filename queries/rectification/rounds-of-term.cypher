// name: rectification/rounds-of-term
// description: The rounds of a term, for scoping the roll-up to departments.
// parameters: term
// returns: id
MATCH (r:InspectionRound)-[:IN_TERM]->(:Term {id: $term})
RETURN r.id AS id
ORDER BY id
