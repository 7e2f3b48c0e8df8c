// name: lead/share
// description: Shares a lead with a team (共享): once per lead and team, so sharing again changes nothing; who and
//   when are those of the first share. The caller has checked the right to share inside the same transaction.
// parameters: lead, team, note, by
// returns: nothing
MATCH (l:Lead {id: $lead}), (t:InspectionTeam {id: $team})
MERGE (l)-[s:SHARED_WITH]->(t)
ON CREATE SET s.note = $note, s.by = $by, s.at = datetime(), s.source = 'api', s.recordedBy = $by,
  s.recordedAt = s.at
