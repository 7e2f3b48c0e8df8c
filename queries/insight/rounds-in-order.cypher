// name: insight/rounds-in-order
// description: The rounds of a term (or of the term of a round) in order: number, then start date, then id.
// parameters: term (term id, or null), round (round id, or null)
// returns: id, name, number, type, start
MATCH (r:InspectionRound)-[:IN_TERM]->(t:Term)
WHERE t.id = $term OR EXISTS { (:InspectionRound {id: $round})-[:IN_TERM]->(t) }
RETURN r.id AS id, r.name AS name, r.number AS number, r.type AS type, toString(r.startDate) AS start
ORDER BY r.number, r.startDate, r.id
