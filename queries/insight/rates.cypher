// name: insight/rates
// description: Rectification rates from the ledger, grouped by one dimension: fed back (findings
//   with at least one task), rectified (fed back, every task DONE or VERIFIED), tasks, overdue
//   tasks on asOf (not DONE or VERIFIED, deadline before asOf) and failed verifications in
//   revisit rounds. The same definitions as insight/figures, so a term's rows add up to its
//   figures. A finding belongs to the organization it concerns (ORGANIZATION, LEVEL), to its own
//   sector or else its organization's (SECTOR), to its team's round (ROUND) and that round's term
//   (TERM). Rectifications are not leads or cases: nothing here is hidden from anyone.
//   With asOf, everything as on that day (the task-state block of insight/figures: a later revisit, completion or
//   task leaves the answer alone); without it, the tasks' status now. Overdue and due are judged on today (asOf,
//   else the current date); also the parts of the other rate definitions (tasksDone, verified, due, dueRectified).
// parameters: by (ORGANIZATION, SECTOR, LEVEL, ROUND or TERM), rounds (list of round ids, or null), asOf (date text
//   or null), today (the day overdue is judged on: asOf or the current date)
// returns: key, label, fedBack, rectified, tasks, tasksDone, verified, due, dueRectified, overdue, failed (one row
//   per key, null key = unattributed)
MATCH (task:Rectification)-[:RECTIFIES]->(f:Finding)
WHERE ($rounds IS NULL OR EXISTS { (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
  AND ($asOf IS NULL OR f.foundDate <= date($asOf))
// The task-state block of insight/figures.
CALL (task, f) {
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
WITH f, task, issued, done, verified, deadline, failed WHERE issued
WITH f, collect({done: done, verified: verified, due: deadline <= $today,
                 overdue: NOT done AND deadline < $today, failed: failed}) AS tasks
OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
OPTIONAL MATCH (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
OPTIONAL MATCH (r)-[:IN_TERM]->(t:Term)
WITH f, tasks,
     CASE $by WHEN 'ORGANIZATION' THEN o.id WHEN 'SECTOR' THEN coalesce(f.sector, o.sector)
              WHEN 'LEVEL' THEN o.level WHEN 'ROUND' THEN r.id ELSE t.id END AS key,
     CASE $by WHEN 'ORGANIZATION' THEN o.name WHEN 'ROUND' THEN r.name WHEN 'TERM' THEN t.name ELSE null END AS label
WITH key, label, count(f) AS fedBack,
     sum(CASE WHEN all(x IN tasks WHERE x.done) THEN 1 ELSE 0 END) AS rectified,
     sum(size(tasks)) AS tasks,
     sum(size([x IN tasks WHERE x.done])) AS tasksDone,
     sum(CASE WHEN all(x IN tasks WHERE x.verified) THEN 1 ELSE 0 END) AS verified,
     sum(CASE WHEN all(x IN tasks WHERE x.due) THEN 1 ELSE 0 END) AS due,
     sum(CASE WHEN all(x IN tasks WHERE x.due AND x.done) THEN 1 ELSE 0 END) AS dueRectified,
     sum(size([x IN tasks WHERE x.overdue])) AS overdue,
     sum(reduce(n = 0, x IN tasks | n + x.failed)) AS failed
RETURN key, label, fedBack, rectified, tasks, tasksDone, verified, due, dueRectified, overdue, failed
ORDER BY key
