// name: insight/figure-records
// description: The records one figure counts (every number opens the records behind it): for a figure of
//   insight/figures over a set of rounds (or everything) as of a day, optionally within one group of a breakdown
//   (by SECTOR, LEVEL or ROUND and the group's key, null for the unattributed), with the same definitions and the
//   same task-state block, so a count equals the number of records listed. Findings for PROBLEMS_FOUND, FED_BACK
//   and RECTIFICATION_RATE (the fed back) and RECTIFIED; leads; cases; the persons in them; sanctions, the persons
//   sanctioned (optionally of one type or form), judiciary transfers, admonitions; rules. Only records the caller
//   may see are listed, and they are counted only through leads and cases the caller may see (the visible markers).
// parameters: figure (FigureKind code), rounds (list or null), asOf (date text or null), by (SECTOR, LEVEL, ROUND or
//   null), key (the group's key or null), type (sanction type code or null), forms (type code → form code), form
//   (form code or null)
// returns: item (node), key
CALL {
  MATCH (f:Finding)
  WHERE $figure IN ['PROBLEMS_FOUND', 'FED_BACK', 'RECTIFIED', 'RECTIFICATION_RATE']
    AND ($rounds IS NULL OR EXISTS { (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
    AND ($asOf IS NULL OR f.foundDate <= date($asOf))
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
  WITH f, collect(CASE WHEN issued THEN {done: done} END) AS tasks
  WHERE $figure = 'PROBLEMS_FOUND'
     OR ($figure IN ['FED_BACK', 'RECTIFICATION_RATE'] AND size(tasks) > 0)
     OR ($figure = 'RECTIFIED' AND size(tasks) > 0 AND all(t IN tasks WHERE t.done))
  OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
  OPTIONAL MATCH (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
  RETURN f AS item, CASE $by WHEN 'SECTOR' THEN coalesce(f.sector, o.sector) WHEN 'LEVEL' THEN o.level ELSE r.id END AS key
  UNION ALL
  MATCH (x:InstitutionalFix)
  WHERE $figure = 'RULES_REVISED'
    AND ($rounds IS NULL OR EXISTS { (x)-[:PROMPTED_BY]->(:Finding)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
    AND ($asOf IS NULL OR x.issuedDate <= date($asOf))
  OPTIONAL MATCH (x)-[:PROMPTED_BY]->(f:Finding)
  OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
  OPTIONAL MATCH (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
  WITH x, f, o, r
  RETURN DISTINCT x AS item, CASE $by WHEN 'SECTOR' THEN coalesce(f.sector, o.sector) WHEN 'LEVEL' THEN o.level ELSE r.id END AS key
  UNION ALL
  MATCH (l:Lead)
  WHERE $figure = 'LEADS' AND {{visible l}} AND ($asOf IS NULL OR l.createdDate <= date($asOf))
    AND ($rounds IS NULL OR EXISTS { (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
  OPTIONAL MATCH (l)-[:FROM_FINDING]->(f:Finding)
  OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
  OPTIONAL MATCH (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
  WITH l, f, o, r
  RETURN DISTINCT l AS item, CASE $by WHEN 'SECTOR' THEN coalesce(f.sector, o.sector) WHEN 'LEVEL' THEN o.level ELSE r.id END AS key
  UNION ALL
  MATCH (c:Case)-[:FROM_LEAD]->(l:Lead)
  WHERE $figure IN ['CASES', 'PEOPLE_IN_CASES'] AND {{visible c}} AND {{visible l}}
    AND ($asOf IS NULL OR c.openedDate <= date($asOf))
    AND ($rounds IS NULL OR EXISTS { (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
  OPTIONAL MATCH (l)-[:FROM_FINDING]->(f:Finding)
  OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
  OPTIONAL MATCH (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
  OPTIONAL MATCH (c)-[:SUBJECT]->(p:Person)
  WITH c, p, CASE $by WHEN 'SECTOR' THEN coalesce(f.sector, o.sector) WHEN 'LEVEL' THEN o.level ELSE r.id END AS key
  WITH CASE $figure WHEN 'CASES' THEN c ELSE p END AS item, key
  WHERE item IS NOT NULL
  RETURN DISTINCT item, key
  UNION ALL
  CALL {
    MATCH (s:Sanction)-[:IN_CASE]->(c:Case)-[:FROM_LEAD]->(l:Lead)
    WHERE $figure IN ['SANCTIONS', 'PEOPLE_SANCTIONED', 'JUDICIAL_TRANSFERS', 'ADMONITIONS']
      AND {{visible c}} AND {{visible l}} AND ($asOf IS NULL OR s.date <= date($asOf))
      AND ($rounds IS NULL OR EXISTS { (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
    OPTIONAL MATCH (l)-[:FROM_FINDING]->(f:Finding)
    OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
    OPTIONAL MATCH (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
    RETURN s, f, o, r
    UNION
    MATCH (s:Sanction)-[:FROM_FINDING]->(f:Finding)
    WHERE $figure IN ['SANCTIONS', 'PEOPLE_SANCTIONED', 'JUDICIAL_TRANSFERS', 'ADMONITIONS']
      AND NOT EXISTS { (s)-[:IN_CASE]->(:Case) } AND ($asOf IS NULL OR s.date <= date($asOf))
      AND ($rounds IS NULL OR EXISTS { (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
    OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
    OPTIONAL MATCH (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
    RETURN s, f, o, r
  }
  WITH s, CASE $by WHEN 'SECTOR' THEN coalesce(f.sector, o.sector) WHEN 'LEVEL' THEN o.level ELSE r.id END AS key
  WHERE ($figure <> 'JUDICIAL_TRANSFERS' OR s.type = 'JUDICIAL_TRANSFER')
    AND ($figure <> 'ADMONITIONS' OR s.type = 'ADMONITION_TALK')
    AND ($type IS NULL OR s.type = $type) AND ($form IS NULL OR $forms[s.type] = $form)
  OPTIONAL MATCH (s)-[:AGAINST]->(p:Person)
  WITH CASE $figure WHEN 'PEOPLE_SANCTIONED' THEN p ELSE s END AS item, key
  WHERE item IS NOT NULL
  RETURN DISTINCT item, key
}
WITH item, key
WHERE ($by IS NULL OR key = $key OR (key IS NULL AND $key IS NULL)) AND {{visible item}}
RETURN DISTINCT item, key
ORDER BY item.id
