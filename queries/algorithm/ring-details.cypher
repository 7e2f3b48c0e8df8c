// name: algorithm/ring-details
// description: Ranks communities as rings and returns each one's members and internal ties. Rings that tie an
//   official (a person holding a position) to a company with public contracts come first, then those with
//   more officials and contracted companies, then the bigger. With a scope, only rings with an official
//   of an organization under it, or a company with a contract of a project owned there, are kept.
// parameters: rings (list of {community, members}), scope (organization id or null), first, maxMembers, maxEdges
// returns: community, size, officials, suppliers, nodes, edges
UNWIND $rings AS ring
MATCH (m:Entity)
WHERE m.id IN ring.members
WITH ring, collect(m) AS members
WITH ring, members,
     size([m IN members WHERE m:Person AND EXISTS { (m)-[:HOLDS_POSITION]->(:Organization) }]) AS officials,
     size([m IN members WHERE m:Company AND EXISTS { (m)<-[:AWARDED_TO]-(:Contract) }]) AS suppliers
WHERE $scope IS NULL OR any(m IN members WHERE
        EXISTS { (m)-[:HOLDS_POSITION]->(:Organization)-[:PART_OF*0..]->(:Organization {id: $scope}) }
        OR EXISTS { (m)<-[:AWARDED_TO]-(:Contract)-[:FOR_PROJECT]->(:Project)-[:OWNED_BY]->(:Organization)
                    -[:PART_OF*0..]->(:Organization {id: $scope}) })
WITH ring, members, officials, suppliers
ORDER BY (officials > 0 AND suppliers > 0) DESC, officials + suppliers DESC, size(members) DESC, ring.community
LIMIT $first
CALL {
  WITH members
  UNWIND members AS a
  MATCH (a)-[r:RELATED_TO|COMPANY_ROLE|HELD_BY|TRANSFER]->(b)
  WHERE b IN members
  RETURN collect(r) AS ties
}
RETURN ring.community AS community, size(members) AS size, officials, suppliers,
       members[..$maxMembers] AS nodes, ties[..$maxEdges] AS edges, size(ties) AS edgeCount
