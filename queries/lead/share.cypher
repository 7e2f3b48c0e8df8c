// name: lead/share
// description: Whether the lead is shared with the team already: sharing again changes nothing, so who and when stay
//   those of the first share. The share itself is written by the model kernel's writer (store/EntityWriter), which
//   stamps its provenance like every other tie. The caller has checked the right to share in the same transaction.
// parameters: lead, team
// returns: shared
MATCH (l:Lead {id: $lead}), (t:InspectionTeam {id: $team})
RETURN EXISTS { (l)-[:SHARED_WITH]->(t) } AS shared
