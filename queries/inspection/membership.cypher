// name: inspection/membership
// description: A membership (MEMBER_OF) just written by the model kernel's writer (which stamps its provenance), read
//   back in the same transaction with what an override of a recusal conflict keeps beside its reason (the tie's
//   overrideReason): the conflicts overridden, who overrode them and when; all three null without an override.
// parameters: person, team, conflicts (list of summaries or null), user (who overrode, or null)
// returns: p, t, m
MATCH (p:Person {id: $person})-[m:MEMBER_OF]->(t:InspectionTeam {id: $team})
SET m.overrideConflicts = $conflicts, m.overriddenBy = $user,
    m.overriddenAt = CASE WHEN $user IS NULL THEN null ELSE datetime() END
RETURN p, t, m
