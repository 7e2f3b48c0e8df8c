// name: insight/coverage-detail
// description: Coverage (全覆盖) of a committee's term organization by organization, with the same
//   definitions as insight/coverage (own or combined rounds; the committee, its own inspection
//   office and discipline body, the dispatched discipline groups and the township finance offices are not counted), plus each organization's region
//   (the region of the organization or its nearest ancestor with one, raised to its county-level
//   region when there is one) and, for the organizations not yet covered, what makes them risky:
//   openAlerts = its open rectification tasks overdue on asOf plus the open leads (not CLOSED)
//   the caller may see that come from a finding about it or implicate it; petitions = petitions
//   received by asOf about it or about a person holding a position there on asOf; pastFindings =
//   findings about it, any round. Only visible leads are counted (the visible marker).
//   An organization is covered as of asOf by a round started on or before that day (an undated round counts).
//   committee: a county's committee below the term's, as in insight/coverage; null for the term's.
// parameters: term (term id), committee (organization id or null), combined (boolean), asOf (date text)
// returns: organization (node), level, covered, region (node or null), openAlerts, petitions, pastFindings
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
OPTIONAL MATCH up = (o)-[:PART_OF*0..8]->(:Organization)-[:LOCATED_IN]->(reg:Region)
WITH o, covered, reg ORDER BY length(up)
WITH o, covered, collect(reg)[0] AS reg
OPTIONAL MATCH (reg)-[:PART_OF*0..4]->(county:Region {level: 'COUNTY'})
WITH o, covered, coalesce(county, reg) AS region
WITH o, covered, region, date($asOf) AS day
RETURN o AS organization, o.level AS level, covered, region,
       CASE WHEN covered THEN 0 ELSE
         count { (x:Rectification)-[:RESPONSIBLE_ORG]->(o)
                 WHERE NOT x.status IN ['DONE', 'VERIFIED'] AND x.deadline < day }
         + count { (l:Lead) WHERE {{visible l:Lead}} AND l.status <> 'CLOSED'
                   AND (EXISTS { (l)-[:FROM_FINDING]->(:Finding)-[:CONCERNS]->(o) } OR EXISTS { (l)-[:IMPLICATES]->(o) }) }
       END AS openAlerts,
       CASE WHEN covered THEN 0 ELSE
         count { (pe:Petition) WHERE pe.receivedDate <= day
                 AND (EXISTS { (pe)-[:ABOUT]->(o) }
                      OR EXISTS { (pe)-[:ABOUT]->(:Person)-[h:HOLDS_POSITION]->(o)
                                  WHERE h.startDate <= day AND (h.endDate IS NULL OR h.endDate >= day) }) }
       END AS petitions,
       CASE WHEN covered THEN 0 ELSE count { (:Finding)-[:CONCERNS]->(o) } END AS pastFindings
