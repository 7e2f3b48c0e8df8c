// name: lead/corroborations
// description: 互相印证. The visible leads of other teams that touch the same entity as a lead, or an
//   entity within 2 hops of one it touches, with the connecting paths and a score. Hops follow only
//   relationships between people, companies, accounts, payments, projects and organizations (kin,
//   company roles, account holders, transfers, contracts, bids, positions), never other leads,
//   findings or the inspection structure. Score: the sum over the distinct pairs of connected
//   entities of 1 / (1 + distance) (the same entity 1, one hop 0.5, two hops 0.33), times 1.5 when
//   the two leads' rounds were conducted by different committees (city and county, or two counties).
// parameters: leadId, limit
// returns: other, score, distance, acrossCommittees, connections, evidence
MATCH (a:Lead {id: $leadId}) WHERE {{visible a:Lead}}
MATCH (a)-[:OWNED_BY]->(ta:InspectionTeam)-[:OF_ROUND]->(:InspectionRound)-[:CONDUCTED_BY]->(ca:Organization)
MATCH (a)-[ia:IMPLICATES]->(x:Entity)
MATCH p = (x)-[:RELATED_TO|COMPANY_ROLE|HELD_BY|TRANSFER|AWARDED_TO|APPROVED_BY|FOR_PROJECT|BID_ON|HOLDS_POSITION*0..2]-(y:Entity)
MATCH (b:Lead)-[ib:IMPLICATES]->(y)
WHERE b <> a AND NOT (b)-[:OWNED_BY]->(ta) AND {{visible b:Lead}}
WITH a, ca, b, x, y, ia, ib, p ORDER BY length(p), b.id
WITH a, ca, b, x, y, head(collect({path: p, ia: ia, ib: ib})) AS best
MATCH (b)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(:InspectionRound)-[:CONDUCTED_BY]->(cb:Organization)
WITH a, b, ca <> cb AS across, collect(best) AS links, sum(1.0 / (1 + length(best.path))) AS base,
  min(length(best.path)) AS distance
RETURN b AS other, base * CASE WHEN across THEN 1.5 ELSE 1.0 END AS score, distance, across AS acrossCommittees,
  size(links) AS connections, [a, b] + [l IN links[..10] | [l.ia, l.path, l.ib]] AS evidence
ORDER BY score DESC, other.id
LIMIT $limit
