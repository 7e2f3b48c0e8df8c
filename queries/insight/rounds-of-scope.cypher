// name: insight/rounds-of-scope
// description: The rounds a figure of a term covers for one committee: the committee's rounds of the term and those
//   it conducted that started within the term's dates; combined, also those of the party committees below it
//   (市县合计). The committee is the term's (the city) or one below it (a county alone).
// parameters: term (term id), committee (organization id), combined (boolean)
// returns: id
MATCH (t:Term {id: $term})
MATCH (c:Organization {id: $committee})
MATCH (r:InspectionRound)-[:CONDUCTED_BY]->(rc:Organization)
WHERE (rc = c OR ($combined AND rc.orgKind = 'PARTY_COMMITTEE' AND EXISTS { (rc)-[:PART_OF*1..]->(c) }))
  AND ((r)-[:IN_TERM]->(t) OR (r.startDate >= t.startDate AND r.startDate <= t.endDate))
RETURN DISTINCT r.id AS id
ORDER BY id
