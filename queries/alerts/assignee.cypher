// A user an alert may be assigned to, with what decides what they see: their role and
// bindings (the alert must be one they can see and triage).
MATCH (u:__User {name: $name})
RETURN u.role AS role, u.personId AS personId, u.committeeId AS committeeId, u.orgId AS orgId
