// name: insight/figure-records-cases
// description: The records one figure counts (CASES, PEOPLE_IN_CASES), as insight/figure-records-* do for each family of
//   figures (every number opens the records behind it): over a set of rounds (or everything) as of a day, with the
//   definitions, dates and visible markers of insight/figures and the keys of insight/figures-by, optionally within
//   one group of a breakdown (by and its key; null key for the unattributed). Only what the caller may see.
// parameters: figure (FigureKind code), rounds (list or null), asOf (date text or null), by (SECTOR, LEVEL, ROUND or
//   null), key (the group's key or null), type (sanction type code or null), forms (type code → form code), form
//   (form code or null)
// returns: item (node), key
CALL {
MATCH (c:Case)-[:FROM_LEAD]->(l:Lead)
WHERE $figure IN ['CASES', 'PEOPLE_IN_CASES'] AND {{visible c:Case}} AND {{visible l:Lead}}
  AND ($asOf IS NULL OR c.openedDate <= date($asOf))
  AND ($rounds IS NULL OR EXISTS { (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
OPTIONAL MATCH (l)-[:FROM_FINDING]->(f:Finding)
OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
OPTIONAL MATCH (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
OPTIONAL MATCH (c)-[:SUBJECT]->(p:Person)
WITH c, p, CASE $by WHEN 'SECTOR' THEN coalesce(f.sector, o.sector) WHEN 'LEVEL' THEN o.level ELSE r.id END AS key
WITH CASE $figure WHEN 'CASES' THEN c ELSE p END AS item, key
WHERE item IS NOT NULL
RETURN DISTINCT item, key
}
WITH item, key
WHERE ($by IS NULL OR key = $key OR (key IS NULL AND $key IS NULL)) AND {{visible item}}
RETURN DISTINCT item, key
ORDER BY item.id
