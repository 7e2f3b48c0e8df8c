// name: investigation/list
// description: The saved investigations the caller may read (the same rule as investigation/readable), newest change first; with mine, only those they own; with shared, only those shared with a team of theirs. nodeCount counts only the drawn entities the caller may see (the visible marker), so a hidden lead is not even counted.
// parameters: user, admin (boolean), person (or null), mine (boolean), shared (boolean), offset, size
// returns: i (the node) and nodeCount per investigation
MATCH (i:__Investigation)
WITH i, i.owner = $user AS owned,
  ($person IS NOT NULL AND EXISTS {
    MATCH (:Person {id: $person})-[:MEMBER_OF]->(t:InspectionTeam) WHERE t.id IN i.sharedWith }) AS viaTeam
WHERE ($admin OR owned OR viaTeam) AND (NOT $mine OR owned) AND (NOT $shared OR (viaTeam AND NOT owned))
WITH i ORDER BY i.updatedAt DESC, i.id SKIP $offset LIMIT $size
RETURN i, size([id IN i.entityIds WHERE EXISTS { MATCH (n:Entity {id: id}) WHERE {{visible n}} }]) AS nodeCount
