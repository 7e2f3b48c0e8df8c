// code: CONFLICT_OF_INTEREST_CONTRACT
// title: Contract with a company of an official or their kin
// titleZh: 利益冲突/关联交易
// severity: HIGH
// subject: the contract
// description: A contract's company has, as OWNER, SHAREHOLDER, DIRECTOR or LEGAL_REP, a person X, and a person Y who is X or is kin of X either approved the contract or held a position at the project's owner organization on the contract's signed date.
// descriptionZh: 合同的中标企业由某人 X 担任实际控制人、股东、董事或法定代表人，而审批该合同、或在项目业主单位任职的某人 Y 就是 X 本人或 X 的亲属。
// parameters:
// returns: one row per contract; evidence: the contract, company, project, owner organization, X, Y and the ties between them
// choices: kinship is one RELATED_TO step other than ASSOCIATE, either direction; contracts signed after asOf are ignored
MATCH (c:Contract)-[aw:AWARDED_TO]->(co:Company)<-[cr:COMPANY_ROLE]-(x:Person)
WHERE cr.role IN ['OWNER', 'SHAREHOLDER', 'DIRECTOR', 'LEGAL_REP'] AND c.signedDate <= $asOf
MATCH (c)-[fp:FOR_PROJECT]->(prj:Project)-[ob:OWNED_BY]->(org:Organization)
MATCH (x)-[kin:RELATED_TO*0..1]-(y:Person)
WHERE all(k IN kin WHERE k.relation <> 'ASSOCIATE')
OPTIONAL MATCH (c)-[ap:APPROVED_BY]->(y)
OPTIONAL MATCH (y)-[h:HOLDS_POSITION]->(org)
  WHERE h.startDate <= c.signedDate AND (h.endDate IS NULL OR c.signedDate <= h.endDate)
WITH c, co, prj, org, aw, fp, ob, x, cr, y, kin, ap, collect(h) AS posts
WHERE ap IS NOT NULL OR size(posts) > 0
WITH c, co, prj, org, aw, fp, ob,
  collect(DISTINCT x) + collect(DISTINCT y) AS people,
  collect(DISTINCT cr) + collect(DISTINCT ap) + reduce(acc = [], l IN collect(kin) | acc + l) + reduce(acc = [], l IN collect(posts) | acc + l) AS ties,
  collect(DISTINCT y.name + CASE WHEN ap IS NOT NULL THEN '（审批人）' ELSE '（任职于' + org.name + '）' END) AS roles
RETURN c.id AS subject, [c, co, prj, org] + people AS nodes, [aw, fp, ob] + ties AS rels, c.amount AS score,
  '合同' + coalesce(c.name, c.id) + '（' + toString(c.amount) + '元）授予' + co.name + '，其股东/法人/董事与' + reduce(s = '', r IN roles | s + CASE WHEN s = '' THEN '' ELSE '、' END + r) + '本人或其亲属相关' AS summary
