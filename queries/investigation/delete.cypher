// name: investigation/delete
// description: Deletes one saved investigation (it is not a domain record: nothing refers to it).
// parameters: id
// returns: deleted (count)
MATCH (i:__Investigation {id: $id})
DELETE i
RETURN count(*) AS deleted
