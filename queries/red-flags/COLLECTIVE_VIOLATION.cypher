// code: COLLECTIVE_VIOLATION
// title: Much of a leadership implicated in one finding
// titleZh: 集体违纪/塌方式腐败
// severity: HIGH
// subject: the organization
// description: One finding has SUBJECT or RESPONSIBLE links to at least minPersons persons who each held a leader position (is_leader) at the finding's organization on the finding's found_date, and they are at least minShare of the persons holding a leader position there on that date.
// descriptionZh: 一个问题关联（问题对象或责任人）至少 minPersons 名在问题发现日担任该单位领导职务的人员，且至少占当时该单位领导班子的 minShare。
// parameters: minPersons=3, minShare=0.5
// bounds: minPersons=1..1000, minShare=0..1
// returns: one row per organization; evidence: each qualifying finding, the implicated leaders and their positions
// choices: findings dated after asOf are ignored; several qualifying findings at one organization make one hit scored by the highest share
MATCH (f:Finding)-[cn:CONCERNS]->(o:Organization)
WHERE f.foundDate <= $asOf
MATCH (f)-[i:IMPLICATES]->(p:Person)-[h:HOLDS_POSITION]->(o)
WHERE i.role IN ['SUBJECT', 'RESPONSIBLE'] AND h.isLeader = true
  AND h.startDate <= f.foundDate AND (h.endDate IS NULL OR f.foundDate <= h.endDate)
WITH f, cn, o, collect(DISTINCT p) AS implicated, collect(i) + collect(h) AS ties
WHERE size(implicated) >= $minPersons
CALL (f, o) {
  MATCH (q:Person)-[h:HOLDS_POSITION]->(o)
  WHERE h.isLeader = true AND h.startDate <= f.foundDate AND (h.endDate IS NULL OR f.foundDate <= h.endDate)
  RETURN count(DISTINCT q) AS leaders
}
WITH f, cn, o, implicated, ties, leaders, toFloat(size(implicated)) / leaders AS share
WHERE share >= $minShare
WITH o, collect(f) AS findings, collect(cn) AS concerns, reduce(a = [], l IN collect(implicated) | a + l) AS people,
  reduce(a = [], l IN collect(ties) | a + l) AS ties, max(share) AS share,
  collect(toString(size(implicated)) + '/' + toString(leaders)) AS counts
RETURN o.id AS subject, [o] + findings + people AS nodes, concerns + ties AS rels, share AS score,
  o.name + '：' + toString(size(findings)) + '个问题牵涉班子成员（' + reduce(s = '', c IN counts | s + CASE WHEN s = '' THEN '' ELSE '，' END + c) + '名班子成员）' AS summary
