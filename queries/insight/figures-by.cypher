// name: insight/figures-by
// description: insight/figures broken down by SECTOR, LEVEL or ROUND, one row per (key, metric).
//   A finding's key: its own sector else its organization's (SECTOR), its organization's level
//   (LEVEL), its team's round (ROUND). Fixes take their finding's key; leads their finding's key
//   (ROUND: their owning team's round); cases their lead's, sanctions their case's lead's, and
//   only through leads and cases the caller may see (the visible markers), so no group count
//   tells anything of a hidden lead. What cannot be attributed has a null key.
// parameters: by (SECTOR, LEVEL or ROUND), rounds (list of round ids, or null for everything), forms (sanction
//   type code → form code), formCodes (the form codes); the metric people:<form> counts the people sanctioned in
//   that form, ptype:<type> the people sanctioned with that type, stype:<type> those sanctions (typeCodes: the
//   sanction type codes); a sanction outside a case takes the key of the finding it follows from; asOf (date text or null):
//   everything counted by its dates as in insight/figures, with the same task-state block
// returns: key, metric, n
MATCH (f:Finding)
WHERE ($rounds IS NULL OR EXISTS { (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
  AND ($asOf IS NULL OR f.foundDate <= date($asOf))
OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
OPTIONAL MATCH (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
OPTIONAL MATCH (task:Rectification)-[:RECTIFIES]->(f)
// The task-state block of insight/figures.
OPTIONAL CALL (task, f) {
  WITH task, f WHERE task IS NOT NULL
  WITH task, f, date($asOf) AS day, [(task)-[v:VERIFIED_IN]->(:InspectionRound) | v] AS verdicts
  WITH task, f, day, verdicts, [v IN verdicts WHERE day IS NULL OR v.date <= day] AS past,
       [c IN [v IN verdicts | v.completedDate] + [task.completedDate] WHERE c IS NOT NULL] AS completions
  WITH task, f, day, verdicts, past, completions,
       reduce(l = null, v IN past | CASE WHEN l IS NULL OR v.date >= l.date THEN v ELSE l END) AS last,
       reduce(l = null, v IN verdicts | CASE WHEN NOT v.passed AND (l IS NULL OR v.date < l.date) THEN v ELSE l END)
         AS firstFailed
  RETURN day IS NULL OR coalesce(task.fedBackDate, f.foundDate) <= day AS issued,
    coalesce(CASE WHEN day IS NULL THEN task.status IN ['DONE', 'VERIFIED']
         WHEN last IS NULL THEN (size(verdicts) > 0 OR task.status IN ['DONE', 'VERIFIED'])
                                AND any(c IN completions WHERE c <= day)
         WHEN last.passed THEN true
         ELSE any(c IN completions WHERE c >= last.date AND c <= day
                                    AND (last.completedDate IS NULL OR c <> last.completedDate)) END, false) AS done,
    coalesce(CASE WHEN day IS NULL THEN task.status = 'VERIFIED'
         WHEN last IS NULL THEN size(verdicts) = 0 AND task.status = 'VERIFIED' AND task.completedDate <= day
         ELSE last.passed END, false) AS verified,
    CASE WHEN day IS NULL THEN task.deadline
         WHEN last IS NOT NULL AND NOT last.passed THEN coalesce(last.newDeadline, task.deadline)
         ELSE coalesce(firstFailed.previousDeadline, task.deadline) END AS deadline,
    size([v IN past WHERE NOT v.passed]) AS failed
}
WITH f, o, r, collect(CASE WHEN issued THEN {done: done, verified: verified,
                                          due: deadline <= coalesce(date($asOf), date())} END) AS tasks
WITH CASE $by WHEN 'SECTOR' THEN coalesce(f.sector, o.sector) WHEN 'LEVEL' THEN o.level ELSE r.id END AS key, tasks
WITH key, count(*) AS found, sum(CASE WHEN size(tasks) > 0 THEN 1 ELSE 0 END) AS fedBack,
     sum(CASE WHEN size(tasks) > 0 AND all(t IN tasks WHERE t.done) THEN 1 ELSE 0 END) AS rectified,
     sum(size(tasks)) AS tasks, sum(size([t IN tasks WHERE t.done])) AS tasksDone,
     sum(CASE WHEN size(tasks) > 0 AND all(t IN tasks WHERE t.verified) THEN 1 ELSE 0 END) AS verified,
     sum(CASE WHEN size(tasks) > 0 AND all(t IN tasks WHERE t.due) THEN 1 ELSE 0 END) AS due,
     sum(CASE WHEN size(tasks) > 0 AND all(t IN tasks WHERE t.due AND t.done) THEN 1 ELSE 0 END) AS dueRectified
UNWIND [['found', found], ['fedBack', fedBack], ['rectified', rectified], ['tasks', tasks], ['tasksDone', tasksDone],
        ['verified', verified], ['due', due], ['dueRectified', dueRectified]] AS m
RETURN key, m[0] AS metric, m[1] AS n
UNION ALL
MATCH (x:InstitutionalFix)
WHERE ($rounds IS NULL OR EXISTS { (x)-[:PROMPTED_BY]->(:Finding)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
  AND ($asOf IS NULL OR x.issuedDate <= date($asOf))
OPTIONAL MATCH (x)-[:PROMPTED_BY]->(f:Finding)
OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
OPTIONAL MATCH (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
WITH x, CASE $by WHEN 'SECTOR' THEN coalesce(f.sector, o.sector) WHEN 'LEVEL' THEN o.level ELSE r.id END AS key
RETURN key, 'rules' AS metric, count(DISTINCT x) AS n
UNION ALL
MATCH (l:Lead)
WHERE {{visible l:Lead}} AND ($asOf IS NULL OR l.createdDate <= date($asOf))
  AND ($rounds IS NULL OR EXISTS { (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
OPTIONAL MATCH (l)-[:FROM_FINDING]->(f:Finding)
OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
OPTIONAL MATCH (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
WITH l, CASE $by WHEN 'SECTOR' THEN coalesce(f.sector, o.sector) WHEN 'LEVEL' THEN o.level ELSE r.id END AS key
RETURN key, 'leads' AS metric, count(DISTINCT l) AS n
UNION ALL
MATCH (c:Case)-[:FROM_LEAD]->(l:Lead)
WHERE {{visible c:Case}} AND {{visible l:Lead}} AND ($asOf IS NULL OR c.openedDate <= date($asOf))
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
  WHERE {{visible c:Case}} AND {{visible l:Lead}} AND ($asOf IS NULL OR s.date <= date($asOf))
    AND ($rounds IS NULL OR EXISTS { (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
  OPTIONAL MATCH (l)-[:FROM_FINDING]->(f:Finding)
  OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
  OPTIONAL MATCH (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
  RETURN s, f, o, r
  UNION
  MATCH (s:Sanction)-[:FROM_FINDING]->(f:Finding)
  WHERE NOT EXISTS { (s)-[:IN_CASE]->(:Case) } AND ($asOf IS NULL OR s.date <= date($asOf))
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
     collect(DISTINCT CASE WHEN p IS NOT NULL THEN [$forms[s.type], p.id] END) AS pairs,
     collect(DISTINCT CASE WHEN p IS NOT NULL THEN [s.type, p.id] END) AS typePairs,
     collect(DISTINCT [s.type, s.id]) AS typeSanctions
WITH key, [['sanctions', sanctions], ['sanctioned', sanctioned], ['judicial', judicial], ['admonitions', admonitions]]
     + [form IN $formCodes | ['people:' + form, size([x IN pairs WHERE x[0] = form])]]
     + [type IN $typeCodes | ['ptype:' + type, size([x IN typePairs WHERE x[0] = type])]]
     + [type IN $typeCodes | ['stype:' + type, size([x IN typeSanctions WHERE x[0] = type])]] AS metrics
UNWIND metrics AS m
RETURN key, m[0] AS metric, m[1] AS n
