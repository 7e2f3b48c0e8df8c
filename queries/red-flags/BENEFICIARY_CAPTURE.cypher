// code: BENEFICIARY_CAPTURE
// title: Subsidies to village cadres' kin, or one person paid in several villages
// titleZh: 优亲厚友/冒领套取惠民资金
// severity: HIGH
// subject: the beneficiary (person)
// description: A person received SUBSIDY transfers from an account held by a village organization (or kept for it by a township finance office, 村账乡代管) while a kin of theirs held a position there; or a person received SUBSIDY transfers from accounts of at least minVillages different village organizations.
// descriptionZh: 某人从村级组织持有（或乡镇财政所为其代管）的账户收到补贴（SUBSIDY）转账，而其亲属当时在该村级组织任职；或某人从至少 minVillages 个不同村级组织的账户收到补贴转账。
// parameters: minVillages=2
// bounds: minVillages=2..100
// returns: one row per beneficiary; evidence: the subsidy transfers, the paying village, and the cadre and the kinship where there is one
// choices: a village organization is one of level VILLAGE; an account a finance office keeps for a village (KEPT_FOR) pays as the village; the cadre must hold the position on the transfer's date; transfers after asOf are ignored
MATCH (v:Organization {level: 'VILLAGE'})<-[:HELD_BY|KEPT_FOR]-(va:Account)-[t:TRANSFER {kind: 'SUBSIDY'}]->(pa:Account)-[held:HELD_BY]->(b:Person)
WHERE t.date <= $asOf
WITH b, v, collect(DISTINCT va) AS vas, collect(t) + collect(DISTINCT held) AS paid, collect(DISTINCT pa) AS accounts
CALL (b, v, paid) {
  MATCH (b)-[k:RELATED_TO]-(cadre:Person)-[h:HOLDS_POSITION]->(v)
  WHERE k.relation <> 'ASSOCIATE' AND cadre <> b
    AND any(t IN paid WHERE type(t) = 'TRANSFER' AND h.startDate <= t.date AND (h.endDate IS NULL OR t.date <= h.endDate))
  RETURN collect(cadre) AS cadres, collect(k) + collect(h) AS ties, collect(DISTINCT cadre.name + h.title) AS names
}
WITH b, collect({v: v, vas: vas, paid: paid, accounts: accounts, cadres: cadres, ties: ties, names: names}) AS villages
WITH b, villages, reduce(n = [], x IN villages | n + x.names) AS names
WHERE size(villages) >= $minVillages OR size(names) > 0
WITH b, names, size(villages) AS n,
  reduce(a = [], x IN villages | a + [x.v] + x.vas + x.accounts + x.cadres) AS ns,
  reduce(a = [], x IN villages | a + x.paid + x.ties) AS rs,
  reduce(s = 0.0, x IN villages | s + reduce(y = 0.0, t IN x.paid | y + CASE WHEN type(t) = 'TRANSFER' THEN t.amount ELSE 0 END)) AS amount
RETURN b.id AS subject, [b] + ns AS nodes, rs AS rels, amount AS score,
  b.name + '领取补贴' + toString(amount) + '元' +
  CASE WHEN size(names) > 0 THEN '，其亲属' + reduce(s = '', x IN names | s + CASE WHEN s = '' THEN '' ELSE '、' END + x) + '在发放村任职' ELSE '' END +
  CASE WHEN n >= $minVillages THEN '，在' + toString(n) + '个村同时领取' ELSE '' END AS summary
