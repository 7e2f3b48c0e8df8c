// name: lead/put-steps
// description: Writes lead history steps read from a bundle (lead_history.csv) as they are, the time included, so
//   that an export imported elsewhere exports the same bytes; a step written again with the same values is
//   unchanged.
// parameters: rows (maps: leadId, seq, step, from, to, by, at (ISO text), reason, disposal, transferTo, greenChannel, caseId)
// returns: created, updated, unchanged
UNWIND $rows AS row
OPTIONAL MATCH (old:__LeadTransition {leadId: row.leadId, seq: row.seq})
WITH row, old IS NULL AS created, properties(old) AS before
MERGE (t:__LeadTransition {leadId: row.leadId, seq: row.seq})
SET t.step = row.step, t.from = row.from, t.to = row.to, t.by = row.by, t.at = datetime(row.at), t.reason = row.reason,
  t.disposal = row.disposal, t.transferTo = row.transferTo, t.greenChannel = row.greenChannel, t.caseId = row.caseId
WITH created, NOT created AND before <> properties(t) AS updated
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, sum(CASE WHEN updated THEN 1 ELSE 0 END) AS updated,
  sum(CASE WHEN NOT created AND NOT updated THEN 1 ELSE 0 END) AS unchanged
