// name: insight/figures-by
// description: insight/figures broken down by SECTOR, LEVEL or ROUND, one row per (key, metric).
//   A finding's key: its own sector else its organization's (SECTOR), its organization's level
//   (LEVEL), its team's round (ROUND). Fixes take their finding's key; leads their finding's key
//   (ROUND: their owning team's round); cases their lead's, sanctions their case's lead's, and
//   only through leads and cases the caller may see (the visible markers), so no group count
//   tells anything of a hidden lead. What cannot be attributed has a null key.
// parameters: by (SECTOR, LEVEL or ROUND), rounds (list of round ids, or null for everything), forms (sanction
//   type code → form code), formCodes (the form codes); the metric people:<form> counts the people sanctioned in
//   that form; a sanction outside a case takes the key of the finding it follows from
// returns: key, metric, n
MATCH (f:Finding)
WHERE $rounds IS NULL OR EXISTS { (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds }
OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
OPTIONAL MATCH (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
OPTIONAL MATCH (task:Rectification)-[:RECTIFIES]->(f)
WITH f, o, r, collect(task.status) AS statuses
WITH CASE $by WHEN 'SECTOR' THEN coalesce(f.sector, o.sector) WHEN 'LEVEL' THEN o.level ELSE r.id END AS key, statuses
WITH key, count(*) AS found, sum(CASE WHEN size(statuses) > 0 THEN 1 ELSE 0 END) AS fedBack,
     sum(CASE WHEN size(statuses) > 0 AND all(s IN statuses WHERE s IN ['DONE', 'VERIFIED']) THEN 1 ELSE 0 END) AS rectified
UNWIND [['found', found], ['fedBack', fedBack], ['rectified', rectified]] AS m
RETURN key, m[0] AS metric, m[1] AS n
UNION ALL
MATCH (x:InstitutionalFix)
WHERE $rounds IS NULL OR EXISTS { (x)-[:PROMPTED_BY]->(:Finding)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds }
OPTIONAL MATCH (x)-[:PROMPTED_BY]->(f:Finding)
OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
OPTIONAL MATCH (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
WITH x, CASE $by WHEN 'SECTOR' THEN coalesce(f.sector, o.sector) WHEN 'LEVEL' THEN o.level ELSE r.id END AS key
RETURN key, 'rules' AS metric, count(DISTINCT x) AS n
UNION ALL
MATCH (l:Lead)
WHERE {{visible l}}
  AND ($rounds IS NULL OR EXISTS { (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
OPTIONAL MATCH (l)-[:FROM_FINDING]->(f:Finding)
OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
OPTIONAL MATCH (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
WITH l, CASE $by WHEN 'SECTOR' THEN coalesce(f.sector, o.sector) WHEN 'LEVEL' THEN o.level ELSE r.id END AS key
RETURN key, 'leads' AS metric, count(DISTINCT l) AS n
UNION ALL
MATCH (c:Case)-[:FROM_LEAD]->(l:Lead)
WHERE {{visible c}} AND {{visible l}}
  AND ($rounds IS NULL OR EXISTS { (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
OPTIONAL MATCH (l)-[:FROM_FINDING]->(f:Finding)
OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
OPTIONAL MATCH (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
OPTIONAL MATCH (c)-[:SUBJECT]->(p:Person)
WITH c, p, CASE $by WHEN 'SECTOR' THEN coalesce(f.sector, o.sector) WHEN 'LEVEL' THEN o.level ELSE r.id END AS key
WITH key, count(DISTINCT c) AS cases, count(DISTINCT p) AS people
UNWIND [['cases', cases], ['people', people]] AS m
RETURN key, m[0] AS metric, m[1] AS n
UNION ALL
CALL {
  MATCH (s:Sanction)-[:IN_CASE]->(c:Case)-[:FROM_LEAD]->(l:Lead)
  WHERE {{visible c}} AND {{visible l}}
    AND ($rounds IS NULL OR EXISTS { (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
  OPTIONAL MATCH (l)-[:FROM_FINDING]->(f:Finding)
  OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
  OPTIONAL MATCH (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
  RETURN s, f, o, r
  UNION
  MATCH (s:Sanction)-[:FROM_FINDING]->(f:Finding)
  WHERE NOT EXISTS { (s)-[:IN_CASE]->(:Case) }
    AND ($rounds IS NULL OR EXISTS { (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
  OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
  OPTIONAL MATCH (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
  RETURN s, f, o, r
}
OPTIONAL MATCH (s)-[:AGAINST]->(p:Person)
WITH s, p, CASE $by WHEN 'SECTOR' THEN coalesce(f.sector, o.sector) WHEN 'LEVEL' THEN o.level ELSE r.id END AS key
WITH key, count(DISTINCT s) AS sanctions, count(DISTINCT p) AS sanctioned,
     count(DISTINCT CASE WHEN s.type = 'JUDICIAL_TRANSFER' THEN s END) AS judicial,
     count(DISTINCT CASE WHEN s.type = 'ADMONITION_TALK' THEN s END) AS admonitions,
     collect(DISTINCT CASE WHEN p IS NOT NULL THEN [$forms[s.type], p.id] END) AS pairs
WITH key, [['sanctions', sanctions], ['sanctioned', sanctioned], ['judicial', judicial], ['admonitions', admonitions]]
     + [form IN $formCodes | ['people:' + form, size([x IN pairs WHERE x[0] = form])]] AS metrics
UNWIND metrics AS m
RETURN key, m[0] AS metric, m[1] AS n
