// name: algorithm/broker-details
// description: For scored brokers, the officials and suppliers within two ties of kinship or company roles
//   (the broker itself included), the county (or, for city bodies, city) jurisdictions of their
//   organizations, and whether they join an official of one jurisdiction to a supplier of another. With a
//   scope, only brokers reaching an organization under it are kept.
// parameters: candidates (list of {id, score}), scope (organization id or null), first
// returns: entity, score, officialCounties, supplierCounties, crossCounty
UNWIND $candidates AS c
MATCH (b:Entity {id: c.id})
CALL {
  WITH b
  OPTIONAL MATCH (b)-[:RELATED_TO|COMPANY_ROLE*0..2]-(:Person)-[:HOLDS_POSITION]->(o:Organization)
  RETURN collect(DISTINCT o) AS officialOrgs
}
CALL {
  WITH b
  OPTIONAL MATCH (b)-[:RELATED_TO|COMPANY_ROLE*0..2]-(:Company)<-[:AWARDED_TO]-(:Contract)-[:FOR_PROJECT]->(:Project)
                 -[:OWNED_BY]->(o:Organization)
  RETURN collect(DISTINCT o) AS supplierOrgs
}
WITH c, b, officialOrgs, supplierOrgs
WHERE $scope IS NULL
   OR any(o IN officialOrgs + supplierOrgs WHERE EXISTS { (o)-[:PART_OF*0..]->(:Organization {id: $scope}) })
WITH c, b, officialOrgs, supplierOrgs
ORDER BY c.score DESC, b.id
LIMIT $first
CALL {
  WITH officialOrgs
  UNWIND officialOrgs AS o
  CALL {
    WITH o
    MATCH (o)-[:PART_OF*0..]->(j:Organization)
    WHERE j.level IN ['COUNTY', 'CITY'] AND NOT EXISTS { (j)-[:PART_OF]->(up:Organization) WHERE up.level = j.level }
    RETURN j ORDER BY CASE j.level WHEN 'COUNTY' THEN 0 ELSE 1 END LIMIT 1
  }
  RETURN collect(DISTINCT j.name) AS officialCounties
}
CALL {
  WITH supplierOrgs
  UNWIND supplierOrgs AS o
  CALL {
    WITH o
    MATCH (o)-[:PART_OF*0..]->(j:Organization)
    WHERE j.level IN ['COUNTY', 'CITY'] AND NOT EXISTS { (j)-[:PART_OF]->(up:Organization) WHERE up.level = j.level }
    RETURN j ORDER BY CASE j.level WHEN 'COUNTY' THEN 0 ELSE 1 END LIMIT 1
  }
  RETURN collect(DISTINCT j.name) AS supplierCounties
}
RETURN b AS entity, c.score AS score, officialCounties, supplierCounties,
       any(x IN officialCounties WHERE any(y IN supplierCounties WHERE x <> y)) AS crossCounty
ORDER BY score DESC, b.id
