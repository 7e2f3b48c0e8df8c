// code: LEADERSHIP_COLLAPSE
// title: Much of one leadership under case or sanctioned
// titleZh: 班子成员多人被立案或处分/塌方式腐败
// severity: HIGH
// subject: the organization
// description: Of the persons who held a leader position at an organization at any time in the lookbackYears before asOf, at least minPersons, and at least minShare of them, are subject of a case or were sanctioned (any form, incl. 约谈, 诫勉 and 问责 outside a case). Score: the number of those leaders, plus the number of them who received a heavy sanction (撤销党内职务, 留党察看, 开除党籍, 降级, 撤职, 开除 or 移送司法机关: the third and fourth forms), plus their share; so a collapse of many leaders gravely sanctioned (塌方式腐败) ranks above a leadership collectively warned.
// descriptionZh: 在截至日期前 lookbackYears 年内担任过某单位领导职务的人员中，至少 minPersons 人、且至少占其中 minShare，被立案审查调查或受到处分（任何形态，包括案件之外的约谈、诫勉和问责）。得分为这些领导的人数，加上其中受到重处分（撤销党内职务、留党察看、开除党籍、降级、撤职、开除或移送司法机关，即第三、第四种形态）的人数，再加上其占比；多名领导受重处分的“塌方式腐败”排在班子集体受警示之前。
// parameters: minPersons=3, minShare=0.4, lookbackYears=5
// bounds: minPersons=1..1000, minShare=0..1, lookbackYears=1..50
// returns: one row per organization; evidence: the organization, the implicated leaders and the cases and sanctions (those the caller may see) that implicate them
// choices: cases and sanctions anywhere count, not only those about this organization; cases the caller may not see, and sanctions in them, do not count at all, so the rule never reveals them; findings and leads alone do not count (a clue is not yet a finding of responsibility); records dated after asOf are ignored
WITH $asOf - duration({years: $lookbackYears}) AS since
MATCH (p:Person)-[h:HOLDS_POSITION]->(o:Organization)
WHERE h.isLeader = true AND h.startDate <= $asOf AND (h.endDate IS NULL OR h.endDate >= since)
WITH o, collect(DISTINCT p) AS leaders
WHERE size(leaders) >= $minPersons
UNWIND leaders AS p
CALL (p) {
  MATCH (k:Case)-[s:SUBJECT]->(p)
  WHERE k.openedDate <= $asOf AND {{visible k:Case}}
  RETURN k AS why, s AS rel, false AS heavy
  UNION
  MATCH (x:Sanction)-[a:AGAINST]->(p)
  WHERE x.date <= $asOf
    AND all(inCase IN [(x)-[:IN_CASE]->(c:Case) | c] WHERE {{visible inCase}})
  RETURN x AS why, a AS rel, x.type IN ['PARTY_POST_REMOVAL', 'PARTY_PROBATION', 'PARTY_EXPULSION', 'GOV_DEMOTION',
    'GOV_REMOVAL', 'GOV_EXPULSION', 'JUDICIAL_TRANSFER'] AS heavy
}
WITH o, leaders, p, collect(why) AS whys, collect(rel) AS rels, CASE WHEN any(h IN collect(heavy) WHERE h) THEN 1 ELSE 0 END AS grave
WITH o, size(leaders) AS total, collect(p) AS implicated, sum(grave) AS graves, reduce(a = [], l IN collect(whys) | a + l) AS whys, reduce(a = [], l IN collect(rels) | a + l) AS rels
WHERE size(implicated) >= $minPersons AND toFloat(size(implicated)) / total >= $minShare
RETURN o.id AS subject, [o] + implicated + whys AS nodes, rels, size(implicated) + graves + toFloat(size(implicated)) / total AS score,
  o.name + '：近' + toString($lookbackYears) + '年' + toString(total) + '名班子成员中有' + toString(size(implicated)) + '人被立案审查或受处分/问责' AS summary
