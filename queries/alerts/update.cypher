// Sets an alert's triage status; the caller was checked to see it before.
MATCH (a:__Alert {id: $id})
SET a.status = $status, a.reason = $reason, a.assignee = $assignee, a.updatedBy = $user, a.updatedAt = datetime()
RETURN a.id AS id
