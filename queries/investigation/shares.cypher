// name: investigation/shares
// description: Sets the teams a saved investigation is shared with (the caller keeps them sorted, so an export does not depend on the order of sharing). Sharing is not a change of what is drawn: the version stays.
// parameters: id, teams (team ids)
// returns: i
MATCH (i:__Investigation {id: $id})
SET i.sharedWith = $teams
RETURN i
