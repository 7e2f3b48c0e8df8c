// code: COLLUDING_BIDDERS
// title: Co-bidders on one tender tied to each other
// titleZh: 围标串标/陪标
// severity: HIGH
// subject: the project (the tender)
// description: At least two companies that bid on the same project share a person as OWNER, SHAREHOLDER, DIRECTOR or LEGAL_REP, or have the same address or the same phone.
// descriptionZh: 投标同一项目的至少两家企业有同一人担任实际控制人、股东、董事或法定代表人，或者地址相同、电话相同。
// parameters:
// returns: one row per project; evidence: the project, the tied bidders, their bids and the shared person; the summary names what they share
// choices: address and phone are compared as stored, after trimming; shared accounts are not checked because an account has exactly one holder in the model; bids dated after asOf are ignored
MATCH (a:Company)-[ba:BID_ON]->(prj:Project)<-[bb:BID_ON]-(b:Company)
WHERE a.id < b.id AND coalesce(ba.bidDate, $asOf) <= $asOf AND coalesce(bb.bidDate, $asOf) <= $asOf
CALL (a, b) {
  MATCH (a)<-[ra:COMPANY_ROLE]-(p:Person)-[rb:COMPANY_ROLE]->(b)
  WHERE ra.role IN ['OWNER', 'SHAREHOLDER', 'DIRECTOR', 'LEGAL_REP'] AND rb.role IN ['OWNER', 'SHAREHOLDER', 'DIRECTOR', 'LEGAL_REP']
  RETURN [p] AS ns, [ra, rb] AS rs, '同一人' + p.name + '任职/持股' AS why
  UNION ALL
  WITH a, b WHERE trim(a.address) <> '' AND trim(a.address) = trim(b.address)
  RETURN [] AS ns, [] AS rs, '同一地址' + a.address AS why
  UNION ALL
  WITH a, b WHERE trim(a.phone) <> '' AND trim(a.phone) = trim(b.phone)
  RETURN [] AS ns, [] AS rs, '同一电话' + a.phone AS why
}
// In a fixed order, so every run (and every caller's) writes the same sentence.
WITH prj, a, b, ba, bb, ns, rs, why ORDER BY a.id, b.id, why
WITH prj, collect(DISTINCT a) + collect(DISTINCT b) AS bidders, collect(ba) + collect(bb) AS bids,
  reduce(x = [], l IN collect(ns) | x + l) AS ns, reduce(x = [], l IN collect(rs) | x + l) AS rs,
  collect(DISTINCT a.name + '与' + b.name + '：' + why) AS whys
RETURN prj.id AS subject, [prj] + bidders + ns AS nodes, bids + rs AS rels, toFloat(size(whys)) AS score,
  '项目' + prj.name + '的投标人之间存在关联：' + reduce(s = '', w IN whys | s + CASE WHEN s = '' THEN '' ELSE '；' END + w) AS summary
