// name: investigation/lock
// description: Locks one saved investigation for a change inside the change's transaction (a second change waits, then sees the first one's result) and returns it.
// parameters: id
// returns: i
MATCH (i:__Investigation {id: $id})
SET i.__lock = true REMOVE i.__lock
RETURN i
