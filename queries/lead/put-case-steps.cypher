// name: lead/put-case-steps
// description: Writes case history steps read from a bundle (case_history.csv) as they are, the time included; a
//   step written again with the same values is unchanged.
// parameters: rows (maps: caseId, seq, step, from, to, by, at (ISO text), reason)
// returns: created, updated, unchanged
UNWIND $rows AS row
OPTIONAL MATCH (old:__CaseTransition {caseId: row.caseId, seq: row.seq})
WITH row, old IS NULL AS created, properties(old) AS before
MERGE (t:__CaseTransition {caseId: row.caseId, seq: row.seq})
SET t.step = row.step, t.from = row.from, t.to = row.to, t.by = row.by, t.at = datetime(row.at), t.reason = row.reason
WITH created, NOT created AND before <> properties(t) AS updated
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, sum(CASE WHEN updated THEN 1 ELSE 0 END) AS updated,
  sum(CASE WHEN NOT created AND NOT updated THEN 1 ELSE 0 END) AS unchanged
