// name: insight/figure-records-findings
// description: The records one figure counts (PROBLEMS_FOUND, FED_BACK, RECTIFIED, RECTIFICATION_RATE), as insight/figure-records-* do for each family of
//   figures (every number opens the records behind it): over a set of rounds (or everything) as of a day, with the
//   definitions, dates and visible markers of insight/figures and the keys of insight/figures-by, optionally within
//   one group of a breakdown (by and its key; null key for the unattributed). Only what the caller may see.
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
}
WITH item, key
WHERE ($by IS NULL OR key = $key OR (key IS NULL AND $key IS NULL)) AND {{visible item}}
RETURN DISTINCT item, key
ORDER BY item.id
