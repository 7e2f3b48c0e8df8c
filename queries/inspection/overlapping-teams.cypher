// name: inspection/overlapping-teams
// description: Members already on another team whose round overlaps the period screened (同期已在
//   其他巡察组): one member cannot be authorized for two rounds at once. A membership counts from
//   its authorizedFrom (else the round's start) to its authorizedTo (else the round's end, else its
//   start: a round without an end is judged on its first day, as the team screened is); a round
//   without a start is skipped. Both ends are inclusive.
// parameters: members (person ids), from (date text), to (date text), team (the team screened, left
//   out; null for none)
// returns: member (node), team (node), round (node), evidence (path), ordered by member, round, team
UNWIND $members AS mid
MATCH evidence = (m:Person {id: mid})-[x:MEMBER_OF]->(t:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
WHERE ($team IS NULL OR t.id <> $team) AND r.startDate IS NOT NULL
  AND coalesce(x.authorizedFrom, r.startDate) <= date($to)
  AND coalesce(x.authorizedTo, r.endDate, r.startDate) >= date($from)
RETURN m AS member, t AS team, r AS round, evidence
ORDER BY m.id, r.id, t.id
