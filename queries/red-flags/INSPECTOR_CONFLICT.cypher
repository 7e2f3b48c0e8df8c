// code: INSPECTOR_CONFLICT
// title: Inspector who should have recused
// titleZh: 巡察干部应回避
// severity: MEDIUM
// subject: the team member (person)
// description: A member of a team (a) held a position at one of the team's targets at any time in the lookbackYears before the round's start_date, or (b) is kin of a person holding a leader position at a target on the round's start_date, or (c) in a CROSS round, holds, on the round's start_date, a position at an organization whose county-level ancestor (itself if COUNTY) is the target's county-level ancestor.
// descriptionZh: 巡察组成员 (a) 在该轮巡察开始前 lookbackYears 年内曾在被巡察单位任职，或 (b) 是被巡察单位在巡察时担任领导职务人员的亲属（应回避未回避）。
// parameters: lookbackYears=5
// bounds: lookbackYears=0..50
// returns: one row per team member; evidence: the team, the target, and the position or kinship that makes the conflict
// choices: (a) a position overlapping [start − lookbackYears, start) counts, ends inclusive; the county-level ancestor is the nearest organization of level COUNTY on the PART_OF chain, the organization itself included; rounds without a start date are skipped, as are rounds starting after asOf
MATCH (p:Person)-[m:MEMBER_OF]->(t:InspectionTeam)-[tr:OF_ROUND]->(r:InspectionRound)
WHERE r.startDate IS NOT NULL AND r.startDate <= $asOf
MATCH (t)-[tt:TARGETS]->(target:Organization)
CALL (p, t, r, target) {
  MATCH (p)-[h:HOLDS_POSITION]->(target)
  WHERE h.startDate < r.startDate AND (h.endDate IS NULL OR h.endDate >= r.startDate - duration({years: $lookbackYears}))
  RETURN [target] AS ns, [h] AS rs, '曾任' + target.name + h.title AS why
  UNION ALL
  MATCH (p)-[k:RELATED_TO]-(q:Person)-[h:HOLDS_POSITION]->(target)
  WHERE k.relation <> 'ASSOCIATE' AND q <> p AND h.isLeader = true
    AND h.startDate <= r.startDate AND (h.endDate IS NULL OR r.startDate <= h.endDate)
  RETURN [q, target] AS ns, [k, h] AS rs, '亲属' + q.name + '任' + target.name + h.title AS why
  UNION ALL
  MATCH (p)-[h:HOLDS_POSITION]->(own:Organization)
  WHERE r.type = 'CROSS' AND h.startDate <= r.startDate AND (h.endDate IS NULL OR r.startDate <= h.endDate)
  CALL (own) {
    MATCH up = (own)-[:PART_OF*0..]->(county:Organization {level: 'COUNTY'})
    RETURN county ORDER BY length(up) LIMIT 1
  }
  CALL (target) {
    MATCH up = (target)-[:PART_OF*0..]->(county:Organization {level: 'COUNTY'})
    RETURN county AS targetCounty ORDER BY length(up) LIMIT 1
  }
  WITH own, h, county, targetCounty, target WHERE county = targetCounty
  RETURN [own, county, target] AS ns, [h] AS rs, '交叉巡察中任职于同县' + own.name AS why
}
// In a fixed order, so every run (and every caller's) writes the same sentence and names the same first team.
WITH p, t, r, m, tr, tt, target, ns, rs, why ORDER BY r.startDate, t.id, target.id, why
WITH p, collect(DISTINCT t) AS teams, collect(DISTINCT r) AS rounds, collect(m) + collect(tr) + collect(tt) AS links,
  reduce(a = [], l IN collect(ns) | a + l) AS ns, reduce(a = [], l IN collect(rs) | a + l) AS rs, collect(DISTINCT why) AS whys
RETURN p.id AS subject, [p] + teams + rounds + ns AS nodes, links + rs AS rels, toFloat(size(whys)) AS score,
  p.name + '参加' + teams[0].name + '巡察应回避：' + reduce(s = '', w IN whys | s + CASE WHEN s = '' THEN '' ELSE '；' END + w) AS summary
