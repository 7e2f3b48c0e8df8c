// name: lead/team-member
// description: Whether the person is a member of the team whose authorization (一次一授权) is current today:
//   within authorizedFrom..authorizedTo, each end falling back to the round's dates, open when both are absent
//   (the same rule as lead/gate). Nothing when there is no such team.
// parameters: team, person
// returns: member
MATCH (team:InspectionTeam {id: $team})
OPTIONAL MATCH (team)-[:OF_ROUND]->(r:InspectionRound)
RETURN EXISTS { MATCH (team)<-[m:MEMBER_OF]-(:Person {id: $person})
    WHERE coalesce(m.authorizedFrom, r.startDate, date()) <= date()
      AND date() <= coalesce(m.authorizedTo, r.endDate, date()) } AS member
