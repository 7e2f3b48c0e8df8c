// name: rectification/competent-departments
// description: Problems of one kind roll up to their competent department (向行业主管部门分类移交): every finding under a
//   committee (over some rounds, or all) goes to the department of that committee that is competent for it, a real
//   organization of the graph: for a kind of problem with a department of its own across sectors (rules: e.g.
//   financial management → the finance bureau, personnel → the organization department) that department, else the
//   department of the finding's sector (its own, else its organization's), preferring the one whose name carries the
//   sector's regulator (sectorNames: 水利局 over 水库和生态移民局, both WATER). Grouped by kind and department; a group
//   whose department the committee lacks has department null. With the hand-overs already made to that department
//   for that kind, and how many of the group's findings they cover.
// parameters: committee, rounds (list or null), minOrgs, rules (list of {category, kind, name}), sectorNames (list of {sector, name})
// returns: category, department, orgCount, sectors, findings, covered, organizations, handovers
MATCH (c:Organization {id: $committee})
MATCH (f:Finding)-[:CONCERNS]->(o:Organization)-[:PART_OF*0..]->(c)
WHERE $rounds IS NULL
  OR EXISTS { (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds }
WITH c, f, o, coalesce(f.sector, o.sector) AS sector, head([rule IN $rules WHERE rule.category = f.category]) AS rule
WITH c, f, o, sector, rule, head([s IN $sectorNames WHERE s.sector = sector | s.name]) AS sectorName
CALL (c, sector, rule, sectorName) {
  OPTIONAL MATCH (d:Organization)-[:PART_OF]->(c)
  WHERE CASE WHEN rule IS NULL THEN d.sector = sector AND d.orgKind IN ['DEPARTMENT', 'ORG_DEPARTMENT']
             ELSE d.orgKind = rule.kind AND (rule.name IS NULL OR d.name CONTAINS rule.name) END
  WITH d ORDER BY CASE WHEN sectorName IS NOT NULL AND d.name CONTAINS sectorName THEN 0 ELSE 1 END, d.id
  RETURN head(collect(d)) AS department
}
WITH f.category AS category, department, collect(DISTINCT o) AS organizations, collect(DISTINCT sector) AS sectors,
  collect(DISTINCT f) AS findings
WHERE size(organizations) >= $minOrgs
CALL (category, department, findings) {
  OPTIONAL MATCH (h:Handover {category: category})-[:HANDED_TO]->(department)
  WITH collect(DISTINCT h) AS handovers
  RETURN handovers, size([x IN findings WHERE EXISTS { (x)<-[:COVERS]-(h:Handover) WHERE h IN handovers }]) AS covered
}
RETURN category, department, size(organizations) AS orgCount, [s IN sectors WHERE s IS NOT NULL] AS sectors,
  size(findings) AS findings, covered, organizations, handovers
ORDER BY orgCount DESC, findings DESC, category, department.id
