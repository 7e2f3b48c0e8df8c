// name: insight/figures
// description: The funnel and the rectification ledger over a set of rounds (or everything):
//   problems found, leads, cases and the people in them, sanctions and the people sanctioned
//   (also per form and type: byForm lists form, type, person and sanction for the caller to count), judiciary
//   transfers, admonitions, problems fed back (findings with at least one
//   rectification task), rectified (fed back, every task DONE or VERIFIED), rules revised.
//   Cases, sanctions and rules count toward a round only through their lead, case or finding
//   (a sanction outside a case, e.g. 约谈 of the head of a unit that failed to rectify, through the
//   finding it follows from),
//   and only through ones the caller may see (a case attributed through a hidden lead would
//   tell which round that lead belongs to).
//   Only the leads and cases the caller may see are counted (the visible markers).
//   As of a day (asOf): each thing counted by its date, so later edits leave the answer alone: findings by
//   foundDate, leads by createdDate, cases by openedDate, sanctions by date, rules by issuedDate (an undated rule
//   is not counted as of a day), tasks by fedBackDate and their state read from their completions and revisit
//   verdicts up to the day (the task-state block below). Also the parts of the other rate definitions: tasks
//   and tasksDone (per task), verified (every task verified), due (every task's deadline reached) and
//   dueRectified.
// parameters: rounds (list of round ids, or null for the whole graph), forms (sanction type code → form code),
//   asOf (date text, or null for now)
// returns: one row of counts
CALL {
  MATCH (f:Finding)
  WHERE ($rounds IS NULL OR EXISTS { (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
    AND ($asOf IS NULL OR f.foundDate <= date($asOf))
  OPTIONAL MATCH (task:Rectification)-[:RECTIFIES]->(f)
  // A task's state on the day asked (same in insight/figures, figures-by, rates, records): without asOf its
  // status now; with asOf read from its dates: fed back from fedBackDate (else its finding's date), done from
  // a completion on or before the day that no verdict up to the day failed, verified by the last verdict up to
  // the day, its deadline the one then in force (a failed verdict's newDeadline, else the first deadline).
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
  WITH f, collect(CASE WHEN issued THEN {done: done, verified: verified,
                                          due: deadline <= coalesce(date($asOf), date())} END) AS tasks
  RETURN count(f) AS found,
         sum(CASE WHEN size(tasks) > 0 THEN 1 ELSE 0 END) AS fedBack,
         sum(CASE WHEN size(tasks) > 0 AND all(t IN tasks WHERE t.done) THEN 1 ELSE 0 END) AS rectified,
         sum(size(tasks)) AS tasks, sum(size([t IN tasks WHERE t.done])) AS tasksDone,
         sum(CASE WHEN size(tasks) > 0 AND all(t IN tasks WHERE t.verified) THEN 1 ELSE 0 END) AS verified,
         sum(CASE WHEN size(tasks) > 0 AND all(t IN tasks WHERE t.due) THEN 1 ELSE 0 END) AS due,
         sum(CASE WHEN size(tasks) > 0 AND all(t IN tasks WHERE t.due AND t.done) THEN 1 ELSE 0 END) AS dueRectified
}
CALL {
  MATCH (l:Lead)
  WHERE {{visible l:Lead}} AND ($asOf IS NULL OR l.createdDate <= date($asOf))
    AND ($rounds IS NULL OR EXISTS { (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
  RETURN count(l) AS leads
}
CALL {
  MATCH (c:Case)
  WHERE {{visible c:Case}} AND ($asOf IS NULL OR c.openedDate <= date($asOf))
    AND ($rounds IS NULL OR EXISTS { (c)-[:FROM_LEAD]->(cl:Lead)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
                                     WHERE r.id IN $rounds AND {{visible cl:Lead}} })
  OPTIONAL MATCH (c)-[:SUBJECT]->(p:Person)
  RETURN count(DISTINCT c) AS cases, count(DISTINCT p) AS people
}
CALL {
  MATCH (s:Sanction)
  WHERE ($asOf IS NULL OR s.date <= date($asOf)) AND ($rounds IS NULL
     OR EXISTS { (s)-[:IN_CASE]->(c:Case)-[:FROM_LEAD]->(sl:Lead)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
                 WHERE r.id IN $rounds AND {{visible c:Case}} AND {{visible sl:Lead}} }
     OR (NOT EXISTS { (s)-[:IN_CASE]->(:Case) }
         AND EXISTS { (s)-[:FROM_FINDING]->(:Finding)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds }))
  OPTIONAL MATCH (s)-[:AGAINST]->(p:Person)
  RETURN count(DISTINCT s) AS sanctions, count(DISTINCT p) AS sanctioned,
         count(DISTINCT CASE WHEN s.type = 'JUDICIAL_TRANSFER' THEN s END) AS judicial,
         count(DISTINCT CASE WHEN s.type = 'ADMONITION_TALK' THEN s END) AS admonitions,
         [pair IN collect(DISTINCT {form: $forms[s.type], type: s.type, person: p.id, sanction: s.id}) WHERE pair.person IS NOT NULL] AS byForm
}
CALL {
  MATCH (x:InstitutionalFix)
  WHERE ($rounds IS NULL OR EXISTS { (x)-[:PROMPTED_BY]->(:Finding)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
    AND ($asOf IS NULL OR x.issuedDate <= date($asOf))
  RETURN count(x) AS rules
}
RETURN found, leads, cases, people, sanctions, sanctioned, judicial, admonitions, byForm, fedBack, rectified, rules,
  tasks, tasksDone, verified, due, dueRectified
