// name: rectification/covered
// description: The findings the database's hand-overs cover (COVERS), for the hand-overs and the findings an import
//   names: a category changed by the import must still agree with what its hand-over already carries. Hand-overs are
//   few, so it reads them all rather than looking up every finding of a large import.
// parameters: handovers, findings (ids)
// returns: handover, finding
MATCH (h:Handover)-[:COVERS]->(f:Finding)
WHERE h.id IN $handovers OR f.id IN $findings
RETURN h.id AS handover, f.id AS finding
