// name: inspection/team
// description: A team with its round (id, type, dates), members and targets; nothing for an unknown team.
// parameters: team
// returns: round, type, start, end, members, targets
MATCH (t:InspectionTeam {id: $team})-[:OF_ROUND]->(r:InspectionRound)
RETURN r.id AS round, r.type AS type, r.startDate AS start, r.endDate AS end,
       [(p:Person)-[:MEMBER_OF]->(t) | p.id] AS members,
       [(t)-[:TARGETS]->(o:Organization) | o.id] AS targets
