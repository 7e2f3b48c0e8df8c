// name: insight/ledger-records
// description: The ledger lines (整改任务) one number of insight/rates counts, so that the tasks, the overdue tasks and
//   the failed revisits of a rates row open the records behind them: over a set of rounds (or everything) as of a
//   day, with the task-state block, dates and group keys of insight/rates (ORGANIZATION, SECTOR, LEVEL, ROUND, TERM),
//   optionally within one group (by and its key; null key for the unattributed). records: TASKS (every line issued by
//   the day), OVERDUE (not done and its deadline, as judged on the day, before today) or FAILED_VERIFICATIONS (lines
//   with a failed revisit verdict by the day; failed says how many, as the row sums them). Only what the caller may
//   see (the visible marker; a task is neither lead nor case, as insight/rates says).
// parameters: records (TASKS, OVERDUE or FAILED_VERIFICATIONS), rounds (list or null), asOf (date text or null),
//   today (the day overdue is judged on), by (a RateDimension code or null), key (the group's key or null)
// returns: item (task node), deadline (date text, as judged), done, overdue, failed, key, responsible (the
//   responsible organization's name, else the one the finding concerns), finding (the finding's title)
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
    CASE WHEN day IS NULL THEN task.deadline
         WHEN last IS NOT NULL AND NOT last.passed THEN coalesce(last.newDeadline, task.deadline)
         ELSE coalesce(firstFailed.previousDeadline, task.deadline) END AS deadline,
    size([v IN past WHERE NOT v.passed]) AS failed
}
WITH f, task, issued, done, deadline, failed WHERE issued
WITH f, task, done, deadline, failed, coalesce(NOT done AND deadline < $today, false) AS overdue
WHERE $records = 'TASKS' OR ($records = 'OVERDUE' AND overdue) OR ($records = 'FAILED_VERIFICATIONS' AND failed > 0)
OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
OPTIONAL MATCH (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
OPTIONAL MATCH (r)-[:IN_TERM]->(t:Term)
WITH task, f, o, deadline, done, overdue, failed,
     CASE $by WHEN 'ORGANIZATION' THEN o.id WHEN 'SECTOR' THEN coalesce(f.sector, o.sector)
              WHEN 'LEVEL' THEN o.level WHEN 'ROUND' THEN r.id WHEN 'TERM' THEN t.id ELSE null END AS key
WHERE ($by IS NULL OR key = $key OR (key IS NULL AND $key IS NULL)) AND {{visible task}}
RETURN task AS item, toString(deadline) AS deadline, done, overdue, failed, key,
       coalesce([(task)-[:RESPONSIBLE_ORG]->(ro:Organization) | ro.name][0], o.name) AS responsible,
       coalesce(f.title, f.name, f.id) AS finding
ORDER BY deadline, item.id
