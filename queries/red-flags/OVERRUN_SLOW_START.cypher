// code: OVERRUN_SLOW_START
// title: Project over time, over budget or slow to start
// titleZh: 工程项目“两超一慢”（超工期、超概算、开工慢）
// severity: MEDIUM
// subject: the project
// description: A project that, as of asOf, is over time (completed more than graceDays after planned_end_date, or not completed more than graceDays after it), over budget (final_account above budget × (1 + tolerance)), or slow to start (started more than slowDays after planned_start_date, or not started more than slowDays after it).
// descriptionZh: 截至 asOf，项目超工期（实际竣工晚于计划竣工 graceDays 天以上，或超过计划竣工 graceDays 天仍未竣工）、超概算（决算超过概算 ×（1 + tolerance））或开工慢（实际开工晚于计划开工 slowDays 天以上，或超过计划开工 slowDays 天仍未开工），即“两超一慢”。
// parameters: graceDays=30, tolerance=0.1, slowDays=90
// bounds: graceDays=0..3650, tolerance=0..10, slowDays=0..3650
// returns: one row per project; evidence: the project and its owner organization (建设单位)
// choices: start and completion dated after asOf count as not yet happened; the final account is taken whenever it was recorded (it has no date); a project without the planned date or the budget is not judged on that count; days over time and days of delay are counted from the planned date itself; score is the number of the three counts plus the budget overrun share
MATCH (prj:Project)
WHERE prj.plannedStartDate IS NOT NULL OR prj.plannedEndDate IS NOT NULL
  OR (prj.budget > 0 AND prj.finalAccount IS NOT NULL)
WITH prj,
  CASE WHEN prj.startDate <= $asOf THEN prj.startDate END AS started,
  CASE WHEN prj.endDate <= $asOf THEN prj.endDate END AS finished
WITH prj, started IS NULL AS unstarted, finished IS NULL AS unfinished,
  CASE WHEN prj.plannedEndDate IS NOT NULL
      AND coalesce(finished, $asOf) > prj.plannedEndDate + duration({days: $graceDays})
    THEN duration.inDays(prj.plannedEndDate, coalesce(finished, $asOf)).days END AS daysLate,
  CASE WHEN prj.budget > 0 AND prj.finalAccount > prj.budget * (1 + $tolerance)
    THEN prj.finalAccount / prj.budget - 1 END AS overBudget,
  CASE WHEN prj.plannedStartDate IS NOT NULL
      AND coalesce(started, $asOf) > prj.plannedStartDate + duration({days: $slowDays})
    THEN duration.inDays(prj.plannedStartDate, coalesce(started, $asOf)).days END AS startDelay
WHERE daysLate IS NOT NULL OR overBudget IS NOT NULL OR startDelay IS NOT NULL
OPTIONAL MATCH (prj)-[own:OWNED_BY]->(org:Organization)
WITH prj, org, own, overBudget, [x IN [
    CASE WHEN daysLate IS NOT NULL THEN CASE WHEN unfinished THEN '计划竣工后' + toString(daysLate) + '天仍未竣工'
      ELSE '超工期' + toString(daysLate) + '天' END END,
    CASE WHEN overBudget IS NOT NULL THEN '决算' + toString(toInteger(prj.finalAccount)) + '元超概算'
      + toString(round(overBudget * 1000) / 10.0) + '%' END,
    CASE WHEN startDelay IS NOT NULL THEN CASE WHEN unstarted THEN '计划开工后' + toString(startDelay) + '天仍未开工'
      ELSE '开工滞后' + toString(startDelay) + '天' END END] WHERE x IS NOT NULL] AS counts
RETURN prj.id AS subject, [x IN [prj, org] WHERE x IS NOT NULL] AS nodes, [r IN [own] WHERE r IS NOT NULL] AS rels,
  toFloat(size(counts)) + coalesce(overBudget, 0.0) AS score,
  '项目' + prj.name + '“两超一慢”：' + reduce(s = '', x IN counts | s + CASE WHEN s = '' THEN '' ELSE '，' END + x) AS summary
