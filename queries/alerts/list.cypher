// The alerts a caller may see: none whose evidence holds a lead or case hidden from them,
// except that a corroboration (CORROBORATED_LEADS) shows through any one of its leads the
// caller may see; the evidence ids returned are only those of visible entities.
// Filters: $status, $rule, $assignee (each null for any).
MATCH (a:__Alert)
WHERE ($id IS NULL OR a.id = $id) AND ($status IS NULL OR a.status = $status) AND ($rule IS NULL OR a.rule = $rule)
  AND ($assignee IS NULL OR a.assignee = $assignee)
  AND CASE WHEN a.rule = 'CORROBORATED_LEADS'
    THEN EXISTS { MATCH (lead:Entity) WHERE lead.id IN a.evidence AND lead:Lead AND {{visible lead}} }
    ELSE NOT EXISTS { MATCH (hidden:Entity) WHERE hidden.id IN a.evidence AND NOT {{visible hidden}} }
  END
WITH a ORDER BY a.lastSeen DESC, a.id SKIP $offset LIMIT $size
RETURN a, [id IN a.evidence WHERE NOT EXISTS { MATCH (n:Entity {id: id}) WHERE NOT {{visible n}} }] AS evidence
