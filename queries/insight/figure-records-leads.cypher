// name: insight/figure-records-leads
// description: The records one figure counts (LEADS), as insight/figure-records-* do for each family of
//   figures (every number opens the records behind it): over a set of rounds (or everything) as of a day, with the
//   definitions, dates and visible markers of insight/figures and the keys of insight/figures-by, optionally within
//   one group of a breakdown (by and its key; null key for the unattributed). Only what the caller may see.
// parameters: figure (FigureKind code), rounds (list or null), asOf (date text or null), by (SECTOR, LEVEL, ROUND or
//   null), key (the group's key or null), type (sanction type code or null), forms (type code → form code), form
//   (form code or null)
// returns: item (node), key
CALL {
MATCH (l:Lead)
WHERE $figure = 'LEADS' AND {{visible l:Lead}} AND ($asOf IS NULL OR l.createdDate <= date($asOf))
  AND ($rounds IS NULL OR EXISTS { (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
OPTIONAL MATCH (l)-[:FROM_FINDING]->(f:Finding)
OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
OPTIONAL MATCH (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
WITH l, f, o, r
RETURN DISTINCT l AS item, CASE $by WHEN 'SECTOR' THEN coalesce(f.sector, o.sector) WHEN 'LEVEL' THEN o.level ELSE r.id END AS key
}
WITH item, key
WHERE ($by IS NULL OR key = $key OR (key IS NULL AND $key IS NULL)) AND {{visible item}}
RETURN DISTINCT item, key
ORDER BY item.id
