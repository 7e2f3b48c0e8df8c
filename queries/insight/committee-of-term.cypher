// name: insight/committee-of-term
// description: The committee whose term it is.
// parameters: term (term id)
// returns: id
MATCH (:Term {id: $term})-[:OF_COMMITTEE]->(c:Organization)
RETURN c.id AS id
