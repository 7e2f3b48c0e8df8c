// name: insight/coverage
// description: Coverage (巡察全覆盖) of a committee's term, per level: of the organizations below
//   the committee (any depth), how many were a target of a team. Not counted, as they are not
//   targets of the committee's own inspections: the committee itself, its own inspection office
//   (INSPECTION_OFFICE) and discipline body (DISCIPLINE_BODY) directly below it with everything
//   below them, and every dispatched discipline group (DISPATCHED_GROUP, 派驻纪检组: part of a
//   discipline body, never a unit of the bureau it is stationed at), and every township finance
//   office (FINANCE_OFFICE, 财政所: a unit of the township government with no party organization
//   of its own, inspected with its township, not a target of its own).
//   Own: rounds of that term conducted by the committee. Combined: rounds conducted by the
//   committee or any party committee below it that started within the term's dates.
//   As of asOf, only rounds started on or before that day cover (an undated round counts); null for now.
//   committee (a county's committee below the term's, 县 alone): the organizations below it, covered by its own
//   rounds that started within the term's dates (as insight/rounds-of-scope takes a county's rounds), or combined by
//   those of it and the party committees below it; null: the term's committee.
// parameters: term (term id), committee (organization id or null), combined (boolean), asOf (date text or null)
// returns: level, organizations, covered (one row per level)
MATCH (t:Term {id: $term})-[:OF_COMMITTEE]->(tc:Organization)
MATCH (c:Organization {id: coalesce($committee, tc.id)})
MATCH (o:Organization)-[:PART_OF*1..]->(c)
WHERE NOT o.orgKind IN ['DISPATCHED_GROUP', 'FINANCE_OFFICE']
  AND NOT EXISTS { (o)-[:PART_OF*0..]->(own:Organization)-[:PART_OF]->(c)
                   WHERE own.orgKind IN ['INSPECTION_OFFICE', 'DISCIPLINE_BODY'] }
WITH DISTINCT t, c, o
WITH t, c, o, EXISTS {
  MATCH (o)<-[:TARGETS]-(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
  WHERE ($asOf IS NULL OR r.startDate IS NULL OR r.startDate <= date($asOf))
    AND ((NOT $combined AND (r)-[:CONDUCTED_BY]->(c)
          AND ((r)-[:IN_TERM]->(t) OR ($committee IS NOT NULL AND r.startDate >= t.startDate AND r.startDate <= t.endDate)))
     OR ($combined AND r.startDate >= t.startDate AND r.startDate <= t.endDate
         AND EXISTS { (r)-[:CONDUCTED_BY]->(rc:Organization {orgKind: 'PARTY_COMMITTEE'})-[:PART_OF*0..]->(c) }))
} AS covered
RETURN o.level AS level, count(o) AS organizations, sum(CASE WHEN covered THEN 1 ELSE 0 END) AS covered
ORDER BY CASE o.level WHEN 'PROVINCE' THEN -1 WHEN 'CITY' THEN 0 WHEN 'COUNTY' THEN 1 WHEN 'TOWNSHIP' THEN 2 ELSE 3 END
