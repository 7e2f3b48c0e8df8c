// code: CONTRACTOR_CONCENTRATION
// title: Sister organizations' contracts concentrated on one company
// titleZh: 工程项目集中于同一承包商
// severity: MEDIUM
// subject: the company
// description: Among contracts on projects whose owner organizations share one parent organization, signed in one calendar year, one company holds at least minContracts contracts on projects of at least 2 distinct owner organizations, and at least minShare of the total amount of those contracts.
// descriptionZh: 同一上级单位所属各业主单位的项目中，在同一自然年内签订的合同里，一家企业在至少 2 个不同业主单位的项目上共持有至少 minContracts 份合同，且金额占比达到 minShare。
// parameters: minContracts=3, minShare=0.6
// bounds: minContracts=1..1000, minShare=0..1
// returns: one row per company; evidence: the company's contracts in each qualifying group, their projects and owners, and the common parent
// choices: "those contracts" is every contract of the group (same parent, same year); contracts signed after asOf are ignored; a company qualifying in several groups is one hit scored by its highest share
MATCH (c:Contract)-[:FOR_PROJECT]->(:Project)-[:OWNED_BY]->(o:Organization)-[:PART_OF]->(parent:Organization)
WHERE c.signedDate <= $asOf
MATCH (c)-[:AWARDED_TO]->(co:Company)
WITH parent, c.signedDate.year AS year, collect({c: c, o: o, co: co}) AS rows, sum(c.amount) AS total
UNWIND rows AS row
WITH parent, year, total, row.co AS co, collect(row.c) AS contracts, collect(DISTINCT row.o) AS owners, sum(row.c.amount) AS amount
WHERE size(contracts) >= $minContracts AND size(owners) >= 2 AND total > 0 AND amount >= $minShare * total
UNWIND contracts AS c
MATCH path = (co)<-[:AWARDED_TO]-(c)-[:FOR_PROJECT]->(:Project)-[:OWNED_BY]->(:Organization)-[:PART_OF]->(parent)
WITH co, parent, year, total, amount, collect(path) AS paths, size(contracts) AS n
WITH co, collect(paths) AS pathLists, max(amount / total) AS share,
  collect(parent.name + toString(year) + '年' + toString(n) + '份合同占' + toString(round(100.0 * amount / total, 1)) + '%') AS groups
RETURN co.id AS subject, reduce(a = [], l IN pathLists | a + l) AS nodes, [] AS rels, share AS score,
  co.name + '承揽同一上级单位下属多个单位的工程：' + reduce(s = '', g IN groups | s + CASE WHEN s = '' THEN '' ELSE '；' END + g) AS summary
