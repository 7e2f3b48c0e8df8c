// name: investigation/readable
// description: One saved investigation (研判专题) if the caller may read it: its owner, an administrator, or an inspector bound to a person who is a member (MEMBER_OF, whatever the authorization period: reading is not acting) of a team it is shared with. Anyone else gets nothing, exactly as for an unknown id.
// parameters: id, user (login name), admin (boolean), person (the inspector's person id, or null)
// returns: the __Investigation node as i
MATCH (i:__Investigation {id: $id})
WHERE $admin OR i.owner = $user
  OR ($person IS NOT NULL AND EXISTS {
    MATCH (:Person {id: $person})-[:MEMBER_OF]->(t:InspectionTeam) WHERE t.id IN i.sharedWith })
RETURN i
