// code: RECURRING_AFTER_RECTIFICATION
// title: Problem back after rectification was closed
// titleZh: 整改不到位/问题反弹
// severity: MEDIUM
// subject: the later finding
// description: An organization has a finding F1 whose rectifications are all DONE or VERIFIED (at least one), or were ticked off and then failed a revisit (REJECTED with a failed verification: the failure does not hide the return of the problem), and a later finding F2 of the same category at the same organization with found_date after the last completed_date of F1's rectifications.
// descriptionZh: 某单位的问题 F1 整改已全部完成或验收（至少一项），或曾销号而在回头看中被认定未整改到位（回头看未通过并不掩盖问题反弹），之后同一单位又发现同类问题 F2，且发现日期晚于 F1 各项整改最后的完成日期（整改不到位、问题反弹）。
// parameters:
// returns: one row per later finding F2; evidence: F2, each earlier finding F1 and its rectifications, the organization
// choices: a task that failed a revisit keeps the day it was ticked off, which counts as its completed date; rectifications without a completed date do not count towards the last completed date, and F1 qualifies only when at least one has one; findings after asOf are ignored
MATCH (r:Rectification)-[rf:RECTIFIES]->(f1:Finding)-[c1:CONCERNS]->(o:Organization)
WITH f1, c1, o, collect(r) AS rects, collect(rf) AS rfs
WHERE all(r IN rects WHERE r.status IN ['DONE', 'VERIFIED']
  OR (r.status = 'REJECTED' AND EXISTS { (r)-[v:VERIFIED_IN]->(:InspectionRound) WHERE v.passed = false }))
WITH f1, c1, o, rects, rfs, reduce(m = null, r IN rects | CASE WHEN r.completedDate IS NOT NULL AND (m IS NULL OR r.completedDate > m) THEN r.completedDate ELSE m END) AS last
WHERE last IS NOT NULL
MATCH (f2:Finding)-[c2:CONCERNS]->(o)
WHERE f2.category = f1.category AND f2.foundDate > last AND f2.foundDate <= $asOf
WITH f2, c2, o, collect(f1) AS earlier, collect(c1) AS c1s, reduce(a = [], l IN collect(rects) | a + l) AS rects,
  reduce(a = [], l IN collect(rfs) | a + l) AS rfs, min(last) AS since
RETURN f2.id AS subject, [f2, o] + earlier + rects AS nodes, [c2] + c1s + rfs AS rels,
  toFloat(size(earlier)) AS score,
  o.name + '：' + coalesce(f2.title, f2.id) + '（' + toString(f2.foundDate) + '）与已于' + toString(since) + '整改完成的同类问题再次出现' AS summary
