// Keeps each hit as one alert per rule and subject: a new hit opens an alert, a known one
// gets its evidence, score, summary and lastSeen brought up to date and keeps its status.
UNWIND $hits AS hit
MERGE (a:__Alert {id: hit.id})
ON CREATE SET a.rule = hit.rule, a.subject = hit.subject, a.status = 'OPEN', a.firstSeen = datetime(),
  a.createdBy = $user, a.new = true
SET a.lastSeen = datetime(), a.severity = hit.severity, a.evidence = hit.evidence, a.score = hit.score,
  a.summary = hit.summary, a.lastRunBy = $user, a.asOf = $asOf
WITH a, coalesce(a.new, false) AS created
REMOVE a.new
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, sum(CASE WHEN created THEN 0 ELSE 1 END) AS updated
