// code: CORROBORATED_LEADS
// title: Leads of different committees point to the same person or company
// titleZh: 线索互相印证
// severity: HIGH
// subject: the shared person or company
// description: At least 2 leads, owned by teams of rounds of different committees, each have a link to the same person or company.
// descriptionZh: 至少 2 条线索分属不同党委所开展轮次的巡察组，且都关联同一个人或同一家企业（互相印证）。
// parameters:
// returns: one row per person or company that leads the caller may see, of at least 2 committees, point to; evidence: the shared entity and those leads; leads the caller may not see take no part at all (not in the hit, its count, score or sentence), as the spec's note asks: the caller learns nothing of them beyond what sharing allows
// choices: any IMPLICATES role counts as a link; leads created after asOf are ignored
MATCH (x:Person|Company)<-[i:IMPLICATES]-(l:Lead)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(:InspectionRound)-[:CONDUCTED_BY]->(c:Organization)
WHERE l.createdDate <= $asOf AND {{visible l:Lead}}
WITH x, collect(DISTINCT c) AS committees, collect(DISTINCT l) AS leads, collect(i) AS links
WHERE size(committees) >= 2
RETURN x.id AS subject, [x] + leads AS nodes, links AS rels, toFloat(size(committees)) AS score,
  x.name + '被' + toString(size(committees)) + '个党委的巡察线索同时指向：线索' + toString(size(leads)) + '条（' +
  reduce(s = '', c IN committees | s + CASE WHEN s = '' THEN '' ELSE '、' END + c.name) + '）' AS summary
