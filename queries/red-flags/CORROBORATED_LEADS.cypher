// code: CORROBORATED_LEADS
// title: Leads of different committees point to the same person or company
// titleZh: 线索互相印证
// severity: HIGH
// subject: the shared person or company
// description: At least 2 leads, owned by teams of rounds of different committees, each have a link to the same person or company.
// parameters:
// returns: one row per person or company, for callers who may see at least one of its leads; evidence: the shared entity and the leads the caller may see; the summary says how many other leads there are and which committees own them, nothing more
// choices: any IMPLICATES role counts as a link; leads created after asOf are ignored
MATCH (x:Person|Company)<-[i:IMPLICATES]-(l:Lead)-[:OWNED_BY]->(:InspectionTeam)-[:OF_ROUND]->(:InspectionRound)-[:CONDUCTED_BY]->(c:Organization)
WHERE l.createdDate <= $asOf
WITH x, l, i, c, {{visible l}} AS seen
WITH x, collect(DISTINCT c) AS committees, collect(CASE WHEN seen THEN l END) AS seenLeads,
  collect(CASE WHEN seen THEN i END) AS seenLinks, collect(CASE WHEN NOT seen THEN l END) AS hidden,
  collect(DISTINCT CASE WHEN NOT seen THEN c.name END) AS hiddenCommittees, collect(DISTINCT CASE WHEN seen THEN c.name END) AS seenCommittees
WHERE size(committees) >= 2 AND size(seenLeads) > 0
WITH x, seenLeads, seenLinks, hiddenCommittees, seenCommittees, size(committees) AS n,
  size(reduce(a = [], l IN hidden | CASE WHEN l IN a THEN a ELSE a + l END)) AS others
RETURN x.id AS subject, [x] + seenLeads AS nodes, seenLinks AS rels, toFloat(n) AS score,
  x.name + '被' + toString(n) + '个党委的巡察线索同时指向：可见线索' + toString(size(reduce(a = [], l IN seenLeads | CASE WHEN l IN a THEN a ELSE a + l END))) + '条（' + reduce(s = '', c IN seenCommittees | s + CASE WHEN s = '' THEN '' ELSE '、' END + c) + '）' +
  CASE WHEN others > 0 THEN '，另有' + toString(others) + '条线索属于' + reduce(s = '', c IN hiddenCommittees | s + CASE WHEN s = '' THEN '' ELSE '、' END + c) ELSE '' END AS summary
