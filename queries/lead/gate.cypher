// name: lead/gate
// description: The door every change of a lead goes through: locks a lead the caller may see (so a second change
//   of it waits and then sees the first one's result) and tells its status, the body it was transferred to, the
//   team that owns it and whether the caller leads that team with an authorization (一次一授权) current today:
//   within authorizedFrom..authorizedTo, each end falling back to the round's dates, open when both are absent.
//   Nothing when the lead does not exist or is hidden from the caller.
// parameters: lead, and the visibility parameters
// returns: status, receiver, team, teamLeader
MATCH (l:Lead {id: $lead}) WHERE {{visible l:Lead}}
SET l.__lock = true REMOVE l.__lock
WITH l
OPTIONAL MATCH (l)-[:TRANSFERRED_TO]->(receiver:Organization)
OPTIONAL MATCH (l)-[:OWNED_BY]->(team:InspectionTeam)
RETURN l.status AS status, receiver.id AS receiver, team.id AS team,
  EXISTS { MATCH (team)-[:OF_ROUND]->(r:InspectionRound), (team)<-[m:MEMBER_OF]-(:Person {id: $vPerson})
    WHERE m.role = 'LEADER'
      AND coalesce(m.authorizedFrom, r.startDate, date()) <= date()
      AND date() <= coalesce(m.authorizedTo, r.endDate, date()) } AS teamLeader
