// name: trace/holders
// description: Who holds each account of a trail, and at which level: an organization's level (CITY, COUNTY,
//   TOWNSHIP, VILLAGE ...), else COMPANY or PERSON. An account a township finance office keeps for a village
//   (KEPT_FOR, 村账乡代管) is at the village's level: the money is the village's, only its books are kept above.
// parameters: ids (account ids)
// returns: a, h, holder, level
UNWIND $ids AS id
MATCH (a:Account {id: id})-[h:HELD_BY]->(holder:Entity)
WHERE {{visible holder}}
OPTIONAL MATCH (a)-[:KEPT_FOR]->(kept:Organization)
RETURN a, h, holder,
  CASE WHEN kept IS NOT NULL THEN kept.level WHEN holder:Organization THEN holder.level WHEN holder:Company THEN 'COMPANY' WHEN holder:Person THEN 'PERSON'
    ELSE 'OTHER' END AS level
