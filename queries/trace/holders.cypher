// name: trace/holders
// description: Who holds each account of a trail, and at which level: an organization's level (CITY, COUNTY,
//   TOWNSHIP, VILLAGE ...), else COMPANY or PERSON.
// parameters: ids (account ids)
// returns: a, h, holder, level
UNWIND $ids AS id
MATCH (a:Account {id: id})-[h:HELD_BY]->(holder:Entity)
WHERE {{visible holder}}
RETURN a, h, holder,
  CASE WHEN holder:Organization THEN holder.level WHEN holder:Company THEN 'COMPANY' WHEN holder:Person THEN 'PERSON'
    ELSE 'OTHER' END AS level
