// code: LEADERSHIP_COLLAPSE
// title: Much of one leadership implicated in findings, leads or cases
// titleZh: 班子成员多人涉案/塌方式腐败风险
// severity: HIGH
// subject: the organization
// description: Of the persons who held a leader position at an organization at any time in the lookbackYears before asOf, at least minPersons, and at least minShare of them, are SUBJECT or RESPONSIBLE of a finding, SUBJECT of a lead, or subject of a case.
// descriptionZh: 在截至日期前 lookbackYears 年内担任过某单位领导职务的人员中，至少 minPersons 人、且至少占其中 minShare，是问题的对象或责任人、线索的对象或案件的审查调查对象（班子“塌方式”腐败）。
// parameters: minPersons=3, minShare=0.4, lookbackYears=5
// bounds: minPersons=1..1000, minShare=0..1, lookbackYears=1..50
// returns: one row per organization; evidence: the organization, the implicated leaders and the findings, leads and cases (those the caller may see) that implicate them
// choices: findings, leads and cases anywhere count, not only those about this organization; leads and cases the caller may not see do not count at all, so the rule never reveals them; records dated after asOf are ignored
WITH $asOf - duration({years: $lookbackYears}) AS since
MATCH (p:Person)-[h:HOLDS_POSITION]->(o:Organization)
WHERE h.isLeader = true AND h.startDate <= $asOf AND (h.endDate IS NULL OR h.endDate >= since)
WITH o, collect(DISTINCT p) AS leaders
WHERE size(leaders) >= $minPersons
UNWIND leaders AS p
CALL (p) {
  MATCH (f:Finding)-[i:IMPLICATES]->(p)
  WHERE i.role IN ['SUBJECT', 'RESPONSIBLE'] AND f.foundDate <= $asOf
  RETURN f AS why, i AS rel
  UNION
  MATCH (l:Lead)-[i:IMPLICATES {role: 'SUBJECT'}]->(p)
  WHERE l.createdDate <= $asOf AND {{visible l}}
  RETURN l AS why, i AS rel
  UNION
  MATCH (k:Case)-[s:SUBJECT]->(p)
  WHERE k.openedDate <= $asOf AND {{visible k}}
  RETURN k AS why, s AS rel
}
WITH o, leaders, p, collect(why) AS whys, collect(rel) AS rels
WITH o, size(leaders) AS total, collect(p) AS implicated, reduce(a = [], l IN collect(whys) | a + l) AS whys, reduce(a = [], l IN collect(rels) | a + l) AS rels
WHERE size(implicated) >= $minPersons AND toFloat(size(implicated)) / total >= $minShare
RETURN o.id AS subject, [o] + implicated + whys AS nodes, rels, toFloat(size(implicated)) / total AS score,
  o.name + '：近' + toString($lookbackYears) + '年' + toString(total) + '名班子成员中有' + toString(size(implicated)) + '人被问题、线索或案件指向' AS summary
