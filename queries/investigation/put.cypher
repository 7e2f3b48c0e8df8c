// name: investigation/put
// description: Writes saved investigations read from a bundle (investigations.jsonl) as they are, owner, version and dates included, so an export imported elsewhere exports the same bytes; a record written again with the same values is unchanged.
// parameters: rows (list of maps: id, name, note, layout, owner, version, createdAt, updatedAt, updatedBy, sharedWith, nodes, queries, entityIds; dates as ISO text)
// returns: created, updated, unchanged
UNWIND $rows AS row
OPTIONAL MATCH (old:__Investigation {id: row.id})
WITH row, old IS NULL AS created, properties(old) AS before
MERGE (i:__Investigation {id: row.id})
SET i.name = row.name, i.note = row.note, i.layout = row.layout, i.owner = row.owner, i.version = row.version,
  i.createdAt = datetime(row.createdAt), i.updatedAt = datetime(row.updatedAt), i.updatedBy = row.updatedBy,
  i.sharedWith = row.sharedWith, i.nodes = row.nodes, i.queries = row.queries, i.entityIds = row.entityIds
WITH created, NOT created AND before <> properties(i) AS updated
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, sum(CASE WHEN updated THEN 1 ELSE 0 END) AS updated,
  sum(CASE WHEN created OR updated THEN 0 ELSE 1 END) AS unchanged
