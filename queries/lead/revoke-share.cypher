// name: lead/revoke-share
// description: Removes the share of a lead with a team; one row when there was one.
// parameters: lead, team
// returns: one row per share removed
MATCH (:Lead {id: $lead})-[s:SHARED_WITH]->(:InspectionTeam {id: $team})
DELETE s
RETURN 1
