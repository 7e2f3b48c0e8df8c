// code: SPLIT_CONTRACTS
// title: Purchase split to stay under the tender threshold
// titleZh: 化整为零规避招标
// severity: MEDIUM
// subject: the earliest contract of the group
// description: At least 2 contracts from one owner organization to one company, none with procurement OPEN_TENDER, each below threshold and signed within windowDays of the earliest one, together reach threshold.
// descriptionZh: 同一业主单位与同一企业签订至少 2 份合同，均未采用公开招标，每份都低于 threshold，且都在最早一份签订后 windowDays 天内签订，合计达到 threshold（化整为零规避招标）。
// parameters: threshold=1000000, windowDays=30
// bounds: threshold=0..1000000000000, windowDays=0..3660
// returns: one row per earliest contract; evidence: the contracts of the group, their projects, the owner organization and the company
// choices: the group of a contract E is E and every later contract of the same owner and company signed within windowDays of E (same day: the larger id is later); a contract without a procurement method counts as not OPEN_TENDER; contracts signed after asOf are ignored
MATCH (e:Contract)-[:FOR_PROJECT]->(:Project)-[:OWNED_BY]->(o:Organization)
WHERE e.amount < $threshold AND coalesce(e.procurement, '') <> 'OPEN_TENDER' AND e.signedDate <= $asOf
MATCH (e)-[:AWARDED_TO]->(co:Company)
MATCH (c:Contract)-[:AWARDED_TO]->(co)
WHERE c <> e AND c.amount < $threshold AND coalesce(c.procurement, '') <> 'OPEN_TENDER'
  AND (c.signedDate > e.signedDate OR (c.signedDate = e.signedDate AND c.id > e.id))
  AND c.signedDate <= e.signedDate + duration({days: $windowDays}) AND c.signedDate <= $asOf
  AND EXISTS { (c)-[:FOR_PROJECT]->(:Project)-[:OWNED_BY]->(o) }
WITH e, o, co, collect(c) AS later
WITH e, o, co, [e] + later AS group
WITH e, o, co, group, reduce(s = 0.0, x IN group | s + x.amount) AS total
WHERE total >= $threshold
UNWIND group AS c
MATCH path = (co)<-[:AWARDED_TO]-(c)-[:FOR_PROJECT]->(:Project)-[:OWNED_BY]->(o)
WITH e, o, co, total, size(group) AS n, collect(path) AS paths
RETURN e.id AS subject, paths AS nodes, [] AS rels, total / $threshold AS score,
  o.name + '在' + toString($windowDays) + '天内与' + co.name + '签订' + toString(n) + '份未公开招标合同，合计' + toString(total) + '元，达到招标限额' + toString($threshold) + '元' AS summary
