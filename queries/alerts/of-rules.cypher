// The alerts of some rules with the date their hit was last found on: those a caller's own
// run is asked about before the alert list is answered.
MATCH (a:__Alert)
WHERE a.rule IN $rules AND ($id IS NULL OR a.id = $id)
RETURN a.id AS id, a.rule AS rule, a.subject AS subject, coalesce(a.asOf, date(a.lastSeen)) AS asOf
