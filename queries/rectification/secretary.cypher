// name: rectification/secretary
// description: Whether a person was the party secretary (书记, 党组书记, 党委书记 …; not a 副书记) of an organization on a
//   day: who may sign a unit's rectification off (书记签字背书).
// parameters: person, org, day (date text)
// returns: title (one row when they were)
MATCH (p:Person {id: $person})-[h:HOLDS_POSITION]->(:Organization {id: $org})
WHERE h.title CONTAINS '书记' AND NOT h.title CONTAINS '副书记'
  AND h.startDate <= date($day) AND (h.endDate IS NULL OR h.endDate >= date($day))
RETURN h.title AS title
LIMIT 1
