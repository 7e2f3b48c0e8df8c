// code: COLLECTIVE_ALLOWANCE
// title: Leadership paid the same allowance together
// titleZh: 班子集体违规发放津补贴
// severity: MEDIUM
// subject: the organization
// description: At least minPersons persons holding a leader position at an organization were each paid, from an account the organization holds, a transfer of the same purpose in the same calendar month, and they are at least minShare of its leaders on the month's first payment date. Salaries are not allowances and do not count.
// descriptionZh: 某单位至少 minPersons 名领导班子成员在同一自然月内各自从该单位持有的账户收到同一用途的转账，且人数至少占该月第一笔发放日其领导班子的 minShare；工资不属于津补贴，不计入。
// parameters: minPersons=3, minShare=0.5
// bounds: minPersons=2..1000, minShare=0..1
// returns: one row per organization; evidence: the payments, the paying account, the leaders and their positions
// choices: "the same allowance" is the same purpose text (transfers without a purpose are left out); "the same period" is a calendar month; a person counts when paid into an account they hold; transfers after asOf are ignored
MATCH (o:Organization)<-[:HELD_BY]-(oa:Account)-[t:TRANSFER]->(pa:Account)-[held:HELD_BY]->(p:Person)-[h:HOLDS_POSITION]->(o)
WHERE t.kind <> 'SALARY' AND t.purpose IS NOT NULL AND t.date <= $asOf AND h.isLeader = true
  AND h.startDate <= t.date AND (h.endDate IS NULL OR t.date <= h.endDate)
WITH o, oa, t.purpose AS purpose, t.date.year AS year, t.date.month AS month,
  collect(DISTINCT p) AS paid, collect(t) + collect(held) + collect(h) AS rels, collect(pa) AS accounts, min(t.date) AS first
WHERE size(paid) >= $minPersons
CALL (o, first) {
  MATCH (q:Person)-[h:HOLDS_POSITION]->(o)
  WHERE h.isLeader = true AND h.startDate <= first AND (h.endDate IS NULL OR first <= h.endDate)
  RETURN count(DISTINCT q) AS leaders
}
WITH o, oa, purpose, year, month, paid, rels, accounts, leaders
WHERE leaders > 0 AND toFloat(size(paid)) / leaders >= $minShare
WITH o, collect(oa) AS payers, reduce(a = [], l IN collect(paid + accounts) | a + l) AS ns, reduce(a = [], l IN collect(rels) | a + l) AS rs,
  max(toFloat(size(paid)) / leaders) AS share,
  collect(toString(year) + '年' + toString(month) + '月“' + purpose + '”' + toString(size(paid)) + '/' + toString(leaders) + '名班子成员') AS whys
RETURN o.id AS subject, [o] + payers + ns AS nodes, rs AS rels, share AS score,
  o.name + '班子成员集体领取同一款项：' + reduce(s = '', w IN whys | s + CASE WHEN s = '' THEN '' ELSE '；' END + w) AS summary
