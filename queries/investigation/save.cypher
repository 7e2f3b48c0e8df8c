// name: investigation/save
// description: Creates a saved investigation, or (with expected) replaces the drawn content of one whose version is still the expected one, raising its version. nodes and queries are JSON texts (the format of investigations.jsonl); entityIds lists the drawn ids for counting.
// parameters: id, name, note, layout, nodes, queries, entityIds, user, expected (the version an update expects, or null to create)
// returns: i, or nothing when an update found another version
MERGE (i:__Investigation {id: $id})
ON CREATE SET i.owner = $user, i.version = 0, i.createdAt = datetime(), i.sharedWith = [], i.new = true
WITH i WHERE coalesce(i.new, false) OR i.version = $expected
SET i.name = $name, i.note = $note, i.layout = $layout, i.nodes = $nodes, i.queries = $queries,
  i.entityIds = $entityIds, i.updatedAt = datetime(), i.updatedBy = $user,
  i.version = CASE WHEN coalesce(i.new, false) THEN 0 ELSE i.version + 1 END
REMOVE i.new
RETURN i
