// name: inspection/assign-member
// description: Puts a person on a team (MEMBER_OF) with role, specialty and authorization (一次一授权,
//   authorizedFrom..authorizedTo); assigning again updates the tie. An override of a recusal conflict keeps its
//   reason, the conflicts overridden, who and when. Provenance: source 'api', who and when it was recorded or
//   updated. The caller has checked the person, the team, the dates and the conflicts.
// parameters: person, team, role, specialty, from, to (ISO dates or null), reason, conflicts, user
// returns: p, t, m
MATCH (p:Person {id: $person}), (t:InspectionTeam {id: $team})
MERGE (p)-[m:MEMBER_OF]->(t)
ON CREATE SET m.source = 'api', m.recordedBy = $user, m.recordedAt = datetime()
ON MATCH SET m.updatedBy = $user, m.updatedAt = datetime(), m.updatedSource = 'api'
SET m.role = $role, m.specialty = $specialty, m.authorizedFrom = date($from),
    m.authorizedTo = date($to), m.overrideReason = $reason, m.overrideConflicts = $conflicts,
    m.overriddenBy = CASE WHEN $reason IS NULL THEN null ELSE $user END,
    m.overriddenAt = CASE WHEN $reason IS NULL THEN null ELSE datetime() END
RETURN p, t, m
