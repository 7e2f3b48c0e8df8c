// code: QUANTITY_SHORTFALL
// title: Paid in full for less work than accepted
// titleZh: 虚报工程量/验收不实
// severity: HIGH
// subject: the project
// description: measured_quantity < accepted_quantity × (1 − tolerance), and the transfers with that project_id into accounts held by the project's contracted companies add up to at least paidShare of those contracts' total amount.
// descriptionZh: 实测工程量低于验收工程量 ×（1 − tolerance），而该项目转入承建企业账户的款项已达合同金额的 paidShare（虚报工程量、验收不实）。
// parameters: tolerance=0.05, paidShare=0.95
// bounds: tolerance=0..1, paidShare=0..10
// returns: one row per project; evidence: the project, its contracts and companies, and the payments into their accounts
// choices: transfers of any kind count as payment; transfers dated after asOf are ignored
MATCH (prj:Project)
WHERE prj.measuredQuantity < prj.acceptedQuantity * (1 - $tolerance)
MATCH (c:Contract)-[fp:FOR_PROJECT]->(prj)
MATCH (c)-[aw:AWARDED_TO]->(co:Company)
WITH prj, collect(c) AS contracts, collect(co) AS companies, collect(fp) + collect(aw) AS ties, sum(c.amount) AS contracted
CALL (prj, companies) {
  MATCH (from:Account)-[t:TRANSFER {projectId: prj.id}]->(to:Account)-[h:HELD_BY]->(co:Company)
  WHERE co IN companies AND t.date <= $asOf
  RETURN collect(t) AS payments, collect(DISTINCT to) + collect(DISTINCT from) AS accounts, collect(DISTINCT h) AS held, sum(t.amount) AS paid
}
WITH prj, contracts, companies, ties, contracted, payments, accounts, held, paid
WHERE contracted > 0 AND paid >= $paidShare * contracted
RETURN prj.id AS subject, [prj] + contracts + companies + accounts AS nodes, ties + payments + held AS rels,
  1 - prj.measuredQuantity / prj.acceptedQuantity AS score,
  '项目' + prj.name + '验收' + toString(prj.acceptedQuantity) + coalesce(prj.unit, '') + '、实测' + toString(prj.measuredQuantity) + coalesce(prj.unit, '') + '，合同额' + toString(contracted) + '元已支付' + toString(paid) + '元' AS summary
