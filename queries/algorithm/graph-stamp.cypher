// name: algorithm/graph-stamp
// description: What the rings and brokers projections are made of, counted from Neo4j's count store (no scan):
//   the nodes of each kind and the relationships of each type they follow. A cached algorithm result is
//   reused only while these counts stay the same (and for a bounded time, as a tie re-pointed without a
//   change of counts does not show here).
// parameters: none
// returns: stamp (list of counts)
CALL { MATCH (n:Person) RETURN count(n) AS c
  UNION ALL MATCH (n:Company) RETURN count(n) AS c
  UNION ALL MATCH (n:Account) RETURN count(n) AS c
  UNION ALL MATCH (n:Organization) RETURN count(n) AS c
  UNION ALL MATCH (n:Contract) RETURN count(n) AS c
  UNION ALL MATCH ()-[r:RELATED_TO]->() RETURN count(r) AS c
  UNION ALL MATCH ()-[r:COMPANY_ROLE]->() RETURN count(r) AS c
  UNION ALL MATCH ()-[r:HELD_BY]->() RETURN count(r) AS c
  UNION ALL MATCH ()-[r:TRANSFER]->() RETURN count(r) AS c
  UNION ALL MATCH ()-[r:HOLDS_POSITION]->() RETURN count(r) AS c
  UNION ALL MATCH ()-[r:AWARDED_TO]->() RETURN count(r) AS c
  UNION ALL MATCH ()-[r:FOR_PROJECT]->() RETURN count(r) AS c
  UNION ALL MATCH ()-[r:OWNED_BY]->() RETURN count(r) AS c }
RETURN collect(c) AS stamp
