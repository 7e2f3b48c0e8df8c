// name: lead/case-gate
// description: Locks a case the caller may see and tells its status, whether the caller's organization handles
//   it and the lead it came from; nothing when the case does not exist or is hidden from the caller.
// parameters: case, and the visibility parameters
// returns: status, handles, lead
MATCH (k:Case {id: $case}) WHERE {{visible k:Case}}
SET k.__lock = true REMOVE k.__lock
WITH k
OPTIONAL MATCH (k)-[:FROM_LEAD]->(l:Lead)
RETURN coalesce(k.status, 'OPEN') AS status, EXISTS { (k)-[:HANDLED_BY]->(:Organization {id: $vOrg}) } AS handles,
  l.id AS lead, l.status AS leadStatus
