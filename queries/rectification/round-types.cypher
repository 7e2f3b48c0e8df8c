// name: rectification/round-types
// description: The type of each of many rounds, for the import's check that a revisit verdict belongs to a revisit
//   round (LOOKBACK, 回头看); ids that are no round give no row.
// parameters: ids
// returns: id, type
UNWIND $ids AS id
MATCH (r:InspectionRound {id: id})
RETURN r.id AS id, r.type AS type
