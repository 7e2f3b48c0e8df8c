// code: SANCTION_IGNORED
// title: Still in post, or promoted, after a removal
// titleZh: 受处分后仍在岗/违规提拔
// severity: HIGH
// subject: the person
// description: A sanction of type PARTY_POST_REMOVAL (撤销党内职务), PARTY_EXPULSION, GOV_REMOVAL (撤职), GOV_EXPULSION or JUDICIAL_TRANSFER on date D, and the person either still holds a leader position D + graceDays days later (start_date ≤ D + graceDays, end_date empty or after it), or took up a leader position that started after D and before D + banMonths months.
// descriptionZh: 某人在 D 日受到撤销党内职务、开除党籍、撤职、开除（政务处分）或移送司法机关的处理，但 D + graceDays 天后仍担任领导职务，或在 D 之后 banMonths 个月内新任领导职务（受处分后仍在岗或违规提拔）。
// parameters: graceDays=30, banMonths=24
// bounds: graceDays=0..3660, banMonths=0..600
// returns: one row per person; evidence: the sanction(s) and the leader positions held against them
// choices: sanctions dated after asOf are ignored; the case a sanction belongs to is not part of the evidence (cases are sensitive)
MATCH (s:Sanction)-[ag:AGAINST]->(p:Person)
WHERE s.type IN ['PARTY_POST_REMOVAL', 'PARTY_EXPULSION', 'GOV_REMOVAL', 'GOV_EXPULSION', 'JUDICIAL_TRANSFER'] AND s.date <= $asOf
WITH s, ag, p, s.date + duration({days: $graceDays}) AS grace, s.date + duration({months: $banMonths}) AS ban
MATCH (p)-[h:HOLDS_POSITION]->(o:Organization)
WHERE h.isLeader = true AND (
  (h.startDate <= grace AND (h.endDate IS NULL OR h.endDate > grace))
  OR (h.startDate > s.date AND h.startDate < ban))
WITH p, collect(DISTINCT s) AS sanctions, collect(DISTINCT ag) AS against, collect(DISTINCT o) AS orgs, collect(h) AS posts,
  collect(DISTINCT o.name + h.title) AS titles
RETURN p.id AS subject, [p] + sanctions + orgs AS nodes, against + posts AS rels, toFloat(size(posts)) AS score,
  p.name + '受' + sanctions[0].type + '处分（' + toString(sanctions[0].date) + '）后仍任或新任领导职务：' + reduce(x = '', t IN titles | x + CASE WHEN x = '' THEN '' ELSE '、' END + t) AS summary
