// The alerts a caller may see, newest first: not one whose subject is hidden from them, nor
// one the caller's own run of a rule that reads leads or cases does not give ($withheld);
// the evidence ids returned are only those of entities the caller may see.
// Filters: $status, $rule, $assignee (each null for any).
MATCH (a:__Alert)
WHERE ($id IS NULL OR a.id = $id) AND ($status IS NULL OR a.status = $status) AND ($rule IS NULL OR a.rule = $rule)
  AND ($assignee IS NULL OR a.assignee = $assignee)
  AND NOT a.id IN $withheld
  AND NOT EXISTS { MATCH (s:Entity {id: a.subject}) WHERE NOT {{visible s}} }
WITH a ORDER BY a.lastSeen DESC, a.id SKIP $offset LIMIT $size
RETURN a, [id IN a.evidence WHERE NOT EXISTS { MATCH (n:Entity {id: id}) WHERE NOT {{visible n}} }] AS evidence
