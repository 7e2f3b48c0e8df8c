// name: insight/systemic-issues
// description: Systemic issues (red-flags.md): a (sector, finding category) pair such that at least minOrgs
//   distinct organizations of the sector had a finding of that category, and they are at least minShare of the
//   organizations of the sector that were inspection targets. With roundIds, only the targets and findings of
//   those rounds count. Choice: an organization's findings count whether or not it was itself a target (as the
//   sample's independent computation does).
// parameters: roundIds (list or null), minOrgs, minShare
//   items: the findings counted; handovers: the hand-overs to a competent department (移交行业主管部门) that
//   carry any of them, in the order they were made.
// returns: sector, category, orgCount, targets, share, findings, organizations, byLevel, trend (per round), items,
//   handovers
MATCH (team:InspectionTeam)-[:TARGETS]->(target:Organization)
WHERE target.sector IS NOT NULL
  AND ($roundIds IS NULL OR EXISTS { (team)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $roundIds })
WITH target.sector AS sector, count(DISTINCT target) AS targets
CALL (sector) {
  MATCH (f:Finding)-[:CONCERNS]->(o:Organization {sector: sector})
  WHERE $roundIds IS NULL
    OR EXISTS { (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $roundIds }
  RETURN f.category AS category, collect(DISTINCT o) AS organizations, count(DISTINCT f) AS findings,
    collect(DISTINCT f) AS items
}
WITH sector, category, organizations, findings, items, targets, size(organizations) AS orgCount
WHERE orgCount >= $minOrgs AND toFloat(orgCount) / targets >= $minShare
CALL (organizations) {
  UNWIND organizations AS o
  WITH o.level AS level, count(*) AS orgs
  ORDER BY level
  RETURN collect({level: level, orgs: orgs}) AS byLevel
}
CALL (sector, category) {
  MATCH (f:Finding {category: category})-[:CONCERNS]->(o:Organization {sector: sector}),
        (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
  WHERE $roundIds IS NULL OR r.id IN $roundIds
  WITH r, count(DISTINCT o) AS orgs, count(DISTINCT f) AS findings
  ORDER BY r.startDate, r.id
  RETURN collect({roundId: r.id, round: r.name, startDate: toString(r.startDate), orgs: orgs, findings: findings})
    AS trend
}
CALL (items) {
  UNWIND items AS f
  MATCH (h:Handover)-[:COVERS]->(f)
  WITH DISTINCT h
  ORDER BY h.handedDate, h.id
  RETURN collect(h) AS handovers
}
RETURN sector, category, orgCount, targets, round(toFloat(orgCount) / targets, 4) AS share, findings, organizations,
  byLevel, trend, items, handovers
ORDER BY share DESC, orgCount DESC, sector, category
