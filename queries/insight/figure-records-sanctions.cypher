// name: insight/figure-records-sanctions
// description: The records one figure counts (SANCTIONS, PEOPLE_SANCTIONED, JUDICIAL_TRANSFERS, ADMONITIONS), as insight/figure-records-* do for each family of
//   figures (every number opens the records behind it): over a set of rounds (or everything) as of a day, with the
//   definitions, dates and visible markers of insight/figures and the keys of insight/figures-by, optionally within
//   one group of a breakdown (by and its key; null key for the unattributed). Only what the caller may see.
// parameters: figure (FigureKind code), rounds (list or null), asOf (date text or null), by (SECTOR, LEVEL, ROUND or
//   null), key (the group's key or null), type (sanction type code or null), forms (type code → form code), form
//   (form code or null)
// returns: item (node), key
CALL {
CALL {
  MATCH (s:Sanction)-[:IN_CASE]->(c:Case)-[:FROM_LEAD]->(l:Lead)
  WHERE $figure IN ['SANCTIONS', 'PEOPLE_SANCTIONED', 'JUDICIAL_TRANSFERS', 'ADMONITIONS']
    AND {{visible c:Case}} AND {{visible l:Lead}} AND ($asOf IS NULL OR s.date <= date($asOf))
    AND ($rounds IS NULL OR EXISTS { (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
  OPTIONAL MATCH (l)-[:FROM_FINDING]->(f:Finding)
  OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
  OPTIONAL MATCH (l)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
  RETURN s, f, o, r
  UNION
  MATCH (s:Sanction)-[:FROM_FINDING]->(f:Finding)
  WHERE $figure IN ['SANCTIONS', 'PEOPLE_SANCTIONED', 'JUDICIAL_TRANSFERS', 'ADMONITIONS']
    AND NOT EXISTS { (s)-[:IN_CASE]->(:Case) } AND ($asOf IS NULL OR s.date <= date($asOf))
    AND ($rounds IS NULL OR EXISTS { (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds })
  OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
  OPTIONAL MATCH (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
  RETURN s, f, o, r
}
WITH s, CASE $by WHEN 'SECTOR' THEN coalesce(f.sector, o.sector) WHEN 'LEVEL' THEN o.level ELSE r.id END AS key
WHERE ($figure <> 'JUDICIAL_TRANSFERS' OR s.type = 'JUDICIAL_TRANSFER')
  AND ($figure <> 'ADMONITIONS' OR s.type = 'ADMONITION_TALK')
  AND ($type IS NULL OR s.type = $type) AND ($form IS NULL OR $forms[s.type] = $form)
OPTIONAL MATCH (s)-[:AGAINST]->(p:Person)
WITH CASE $figure WHEN 'PEOPLE_SANCTIONED' THEN p ELSE s END AS item, key
WHERE item IS NOT NULL
RETURN DISTINCT item, key
}
WITH item, key
WHERE ($by IS NULL OR key = $key OR (key IS NULL AND $key IS NULL)) AND {{visible item}}
RETURN DISTINCT item, key
ORDER BY item.id
