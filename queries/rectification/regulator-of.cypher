// name: rectification/regulator-of
// description: The competent department a hand-over went to.
// parameters: id
// returns: id
MATCH (:Handover {id: $id})-[:HANDED_TO]->(o:Organization)
RETURN o.id AS id
