// name: rectification/departments-for
// description: The competent department of each (sector, category) pair under a committee, by the same rule as
//   rectification/competent-departments: for the systemic issues, so the department they go to is an organization
//   of the graph, not a name.
// parameters: committee, pairs (list of {sector, category}), rules (list of {category, kind, name}), sectorNames (list of {sector, name})
// returns: sector, category, department (or null)
MATCH (c:Organization {id: $committee})
UNWIND $pairs AS pair
WITH c, pair.sector AS sector, pair.category AS category,
  head([rule IN $rules WHERE rule.category = pair.category]) AS rule,
  head([s IN $sectorNames WHERE s.sector = pair.sector | s.name]) AS sectorName
CALL (c, sector, rule, sectorName) {
  OPTIONAL MATCH (d:Organization)-[:PART_OF]->(c)
  WHERE CASE WHEN rule IS NULL THEN d.sector = sector AND d.orgKind IN ['DEPARTMENT', 'ORG_DEPARTMENT']
             ELSE d.orgKind = rule.kind AND (rule.name IS NULL OR d.name CONTAINS rule.name) END
  WITH d ORDER BY CASE WHEN sectorName IS NOT NULL AND d.name CONTAINS sectorName THEN 0 ELSE 1 END, d.id
  RETURN head(collect(d)) AS department
}
RETURN sector, category, department
