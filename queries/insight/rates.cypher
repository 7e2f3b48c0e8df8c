// name: insight/rates
// description: Rectification rates from the ledger, grouped by one dimension: fed back (findings
//   with at least one task), rectified (fed back, every task DONE or VERIFIED), tasks, overdue
//   tasks on asOf (not DONE or VERIFIED, deadline before asOf) and failed verifications in
//   revisit rounds. The same definitions as insight/figures, so a term's rows add up to its
//   figures. A finding belongs to the organization it concerns (ORGANIZATION, LEVEL), to its own
//   sector or else its organization's (SECTOR), to its team's round (ROUND) and that round's term
//   (TERM). Rectifications are not leads or cases: nothing here is hidden from anyone.
// parameters: by (ORGANIZATION, SECTOR, LEVEL, ROUND or TERM), rounds (list of round ids, or null), asOf (date text)
// returns: key, label, fedBack, rectified, tasks, overdue, failed (one row per key, null key = unattributed)
MATCH (task:Rectification)-[:RECTIFIES]->(f:Finding)
WHERE $rounds IS NULL OR EXISTS { (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound) WHERE r.id IN $rounds }
WITH f, collect(task) AS tasks
OPTIONAL MATCH (f)-[:CONCERNS]->(o:Organization)
OPTIONAL MATCH (f)-[:FOUND_BY]->(:InspectionTeam)-[:OF_ROUND]->(r:InspectionRound)
OPTIONAL MATCH (r)-[:IN_TERM]->(t:Term)
WITH f, tasks,
     CASE $by WHEN 'ORGANIZATION' THEN o.id WHEN 'SECTOR' THEN coalesce(f.sector, o.sector)
              WHEN 'LEVEL' THEN o.level WHEN 'ROUND' THEN r.id ELSE t.id END AS key,
     CASE $by WHEN 'ORGANIZATION' THEN o.name WHEN 'ROUND' THEN r.name WHEN 'TERM' THEN t.name ELSE null END AS label
WITH key, label, count(f) AS fedBack,
     sum(CASE WHEN all(x IN tasks WHERE x.status IN ['DONE', 'VERIFIED']) THEN 1 ELSE 0 END) AS rectified,
     sum(size(tasks)) AS tasks,
     sum(size([x IN tasks WHERE NOT x.status IN ['DONE', 'VERIFIED'] AND x.deadline < date($asOf)])) AS overdue,
     sum(reduce(n = 0, x IN tasks | n + size([(x)-[v:VERIFIED_IN]->(:InspectionRound) WHERE v.passed = false | v]))) AS failed
RETURN key, label, fedBack, rectified, tasks, overdue, failed
ORDER BY key
