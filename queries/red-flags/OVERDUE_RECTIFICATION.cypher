// code: OVERDUE_RECTIFICATION
// title: Rectification overdue
// titleZh: 整改逾期
// severity: MEDIUM
// subject: the rectification
// description: status not DONE/VERIFIED and deadline < asOf.
// descriptionZh: 整改任务状态不是已完成或已验收，且已超过整改期限。
// parameters:
// returns: one row per rectification; evidence: the rectification, its finding and the responsible organization and person
// choices: score is the number of days overdue
MATCH (r:Rectification)
WHERE r.deadline < $asOf AND NOT r.status IN ['DONE', 'VERIFIED']
OPTIONAL MATCH (r)-[rf:RECTIFIES]->(f:Finding)
OPTIONAL MATCH (r)-[ro:RESPONSIBLE_ORG]->(o:Organization)
OPTIONAL MATCH (r)-[rp:RESPONSIBLE_PERSON]->(p:Person)
WITH r, f, o, p, rf, ro, rp, duration.inDays(r.deadline, $asOf).days AS late
RETURN r.id AS subject, [r, f, o, p] AS nodes, [rf, ro, rp] AS rels, toFloat(late) AS score,
  '整改任务' + coalesce(r.name, r.task) + '（' + coalesce(o.name, '') + '）期限' + toString(r.deadline) + '，已逾期' + toString(late) + '天，状态' + r.status AS summary
