// code: REVOLVING_DOOR
// title: Official left the post and holds a company that won contracts under it
// titleZh: 旋转门/离职后到关联企业任职
// severity: HIGH
// subject: the person (the former official)
// description: A person held a position at an organization that has ended (end_date before asOf) and is OWNER, SHAREHOLDER, DIRECTOR or LEGAL_REP of a company that was awarded a contract on a project of that organization signed while the person held the post.
// descriptionZh: 某人在某单位的任职已结束（离任日期早于截至日期），并担任某企业的实际控制人、股东、董事或法定代表人，而该企业在其任职期间承接了该单位项目的合同（旋转门）。
// parameters:
// returns: one row per person; evidence: the ended position, the company role, the contracts and their projects
// choices: company roles carry no dates in the model, so the rule cannot tell whether the role began after leaving; it flags any such role of a former official, which an inspector then checks
MATCH (p:Person)-[h:HOLDS_POSITION]->(o:Organization)
WHERE h.endDate IS NOT NULL AND h.endDate < $asOf
MATCH (p)-[cr:COMPANY_ROLE]->(co:Company)<-[aw:AWARDED_TO]-(c:Contract)-[fp:FOR_PROJECT]->(prj:Project)-[ob:OWNED_BY]->(o)
WHERE cr.role IN ['OWNER', 'SHAREHOLDER', 'DIRECTOR', 'LEGAL_REP']
  AND h.startDate <= c.signedDate AND c.signedDate <= h.endDate
WITH p, collect(DISTINCT o) AS orgs, collect(DISTINCT co) AS companies, collect(DISTINCT c) AS contracts,
  collect(DISTINCT prj) AS projects, collect(DISTINCT h) + collect(DISTINCT cr) + collect(aw) + collect(fp) + collect(ob) AS rels,
  sum(c.amount) AS amount, collect(DISTINCT o.name + h.title + '（至' + toString(h.endDate) + '）') AS posts
RETURN p.id AS subject, [p] + orgs + companies + contracts + projects AS nodes, rels, amount AS score,
  p.name + '曾任' + reduce(s = '', x IN posts | s + CASE WHEN s = '' THEN '' ELSE '、' END + x) + '，其任职/持股的' + companies[0].name + '在其任内承揽该单位' + toString(size(contracts)) + '份合同，合计' + toString(amount) + '元' AS summary
