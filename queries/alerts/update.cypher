// Sets an alert's triage status and reason; the caller was checked to see it before. The
// assignee is set when $assign is true (null unassigns) and kept otherwise, so triage and
// assignment are independent.
MATCH (a:__Alert {id: $id})
SET a.status = coalesce($status, a.status), a.reason = CASE WHEN $status IS NULL THEN a.reason ELSE $reason END,
  a.assignee = CASE WHEN $assign THEN $assignee ELSE a.assignee END,
  a.updatedBy = $user, a.updatedAt = datetime()
RETURN a.id AS id
