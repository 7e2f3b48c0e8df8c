// code: CAPTIVE_SUPPLIER
// title: Company living off one organization or one official
// titleZh: 依附性供应商/利益输送
// severity: MEDIUM
// subject: the company
// description: A company holds at least minContracts contracts and at least minShare of its total contract amount comes from projects of one owner organization, or from contracts approved by one official.
// descriptionZh: 某企业至少有 minContracts 份合同，且其合同总额中至少 minShare 来自同一业主单位的项目，或来自同一名审批人审批的合同。
// parameters: minContracts=3, minShare=0.8
// bounds: minContracts=2..1000, minShare=0..1
// returns: one row per company; evidence: the company, its contracts from that organization or approver, their projects, and the organization or approver
// choices: "within one official's tenure" is read as "approved by one official", since approvals are the recorded act of an official on a contract; contracts signed after asOf are ignored
MATCH (co:Company)<-[:AWARDED_TO]-(c:Contract)
WHERE c.signedDate <= $asOf
WITH co, collect(c) AS contracts, sum(c.amount) AS total
WHERE size(contracts) >= $minContracts AND total > 0
CALL (co, contracts) {
  UNWIND contracts AS c
  MATCH (c)-[:FOR_PROJECT]->(:Project)-[:OWNED_BY]->(o:Organization)
  WITH o, collect(c) AS mine, sum(c.amount) AS amount
  RETURN o AS by, mine, amount, '来自' + o.name AS source
  UNION ALL
  UNWIND contracts AS c
  MATCH (c)-[:APPROVED_BY]->(p:Person)
  WITH p, collect(c) AS mine, sum(c.amount) AS amount
  RETURN p AS by, mine, amount, '经' + p.name + '审批' AS source
}
WITH co, total, by, mine, amount, source
WHERE size(mine) >= $minContracts AND amount >= $minShare * total
UNWIND mine AS c
MATCH path = (co)<-[:AWARDED_TO]-(c)-[:FOR_PROJECT]->(:Project)-[:OWNED_BY]->(:Organization)
OPTIONAL MATCH approval = (c)-[:APPROVED_BY]->(by)
WITH co, total, by, amount, source, size(mine) AS n, collect(path) + collect(approval) AS paths
WITH co, collect(by) AS sources, reduce(x = [], l IN collect(paths) | x + l) AS paths, max(amount / total) AS share,
  collect(source + toString(n) + '份合同，占其合同总额' + toString(round(100.0 * amount / total, 1)) + '%') AS whys
RETURN co.id AS subject, [co] + sources + paths AS nodes, [] AS rels, share AS score,
  co.name + '的合同高度集中：' + reduce(s = '', w IN whys | s + CASE WHEN s = '' THEN '' ELSE '；' END + w) AS summary
