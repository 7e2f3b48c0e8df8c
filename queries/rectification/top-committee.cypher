// name: rectification/top-committee
// description: The committee whose departments are competent when none is named: the committee of a term when one is
//   given, else the party committee with no party committee above it that has the most organizations below it (the
//   city's 市委).
// parameters: term (id or null)
// returns: id
OPTIONAL MATCH (:Term {id: $term})-[:OF_COMMITTEE]->(tc:Organization)
WITH tc
OPTIONAL MATCH (c:Organization {orgKind: 'PARTY_COMMITTEE'})
WHERE tc IS NULL AND NOT EXISTS { (c)-[:PART_OF]->+(:Organization {orgKind: 'PARTY_COMMITTEE'}) }
WITH tc, c, COUNT { (c)<-[:PART_OF]-+(:Organization) } AS below
ORDER BY below DESC, c.id
RETURN coalesce(tc.id, c.id) AS id
LIMIT 1
