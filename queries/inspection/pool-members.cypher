// name: inspection/pool-members
// description: The pool entries (组长库/人才库) of the named persons in a committee's pools, one row
//   per person, pool and specialty, specialties in the order of the Specialty list's codes as text.
// parameters: committee (organization id), persons (person ids)
// returns: person (id), pool, specialty, available (boolean or null)
UNWIND $persons AS pid
MATCH (p:Person {id: pid})-[m:IN_POOL]->(:Organization {id: $committee})
RETURN p.id AS person, m.pool AS pool, m.specialty AS specialty, m.available AS available
ORDER BY person, pool, specialty
