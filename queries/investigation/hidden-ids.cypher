// name: investigation/hidden-ids
// description: Of some strings, those that are the ids of entities the caller may not see (the visible marker): what need-to-know cuts out of an investigation, and what an update by that caller must keep as it was.
// parameters: ids (strings)
// returns: id, one row per hidden entity
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT {{visible n}}
RETURN DISTINCT id
