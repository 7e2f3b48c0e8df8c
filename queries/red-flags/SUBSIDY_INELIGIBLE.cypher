// code: SUBSIDY_INELIGIBLE
// title: Subsidy paid to a household not eligible for it
// titleZh: 不符合条件享受惠民补贴（违规享受低保、扶贫补助）
// severity: HIGH
// subject: the household
// description: A household was paid a subsidy its eligibility does not allow: 低保金 (MINIMUM_LIVING_ALLOWANCE) without allowance MINIMUM_LIVING; 特困供养金 (EXTREME_POVERTY_SUPPORT) without allowance EXTREME_POVERTY; 帮扶救助资金 or 产业奖补 (POVERTY_RELIEF, INDUSTRY_AWARD) without a poverty_status (建档立卡); 危房改造补助 (HOUSING_RENOVATION) with neither a poverty_status nor an allowance.
// descriptionZh: 农户领取了其资格不符的补贴：非低保户领取低保金；非特困供养户领取特困供养金；未建档立卡（无贫困户、脱贫户或监测户身份）领取帮扶救助资金或产业奖补；既未建档立卡又非低保、特困户领取危房改造补助。
// parameters:
// returns: one row per household; evidence: the household, its village, the paying accounts and their holders
// choices: eligibility is the household's as recorded (the register keeps no history of it); other kinds of subsidy (education, medical aid, farmland) have no eligibility condition here; subsidies dated after asOf are ignored; score is the amount paid against eligibility
MATCH (a:Account)-[s:SUBSIDY_PAID]->(h:Household)
WHERE s.date <= $asOf
  AND ((s.kind = 'MINIMUM_LIVING_ALLOWANCE' AND coalesce(h.allowance, '') <> 'MINIMUM_LIVING')
    OR (s.kind = 'EXTREME_POVERTY_SUPPORT' AND coalesce(h.allowance, '') <> 'EXTREME_POVERTY')
    OR (s.kind IN ['POVERTY_RELIEF', 'INDUSTRY_AWARD'] AND h.povertyStatus IS NULL)
    OR (s.kind = 'HOUSING_RENOVATION' AND h.povertyStatus IS NULL AND h.allowance IS NULL))
WITH h, collect(s) AS paid, collect(DISTINCT a) AS accounts, sum(s.amount) AS amount, collect(DISTINCT s.kind) AS kinds
CALL (accounts) {
  UNWIND accounts AS a
  MATCH (a)-[held:HELD_BY]->(holder:Entity)
  RETURN collect(holder) AS holders, collect(held) AS helds
}
OPTIONAL MATCH (h)-[iv:IN_VILLAGE]->(v:Organization)
WITH h, v, iv, paid, accounts, holders, helds, amount, [k IN kinds | {MINIMUM_LIVING_ALLOWANCE: '低保金',
    EXTREME_POVERTY_SUPPORT: '特困供养金', POVERTY_RELIEF: '帮扶救助资金', INDUSTRY_AWARD: '产业奖补',
    HOUSING_RENOVATION: '危房改造补助'}[k]] AS names
RETURN h.id AS subject, [x IN [h, v] WHERE x IS NOT NULL] + accounts + holders AS nodes,
  paid + helds + [r IN [iv] WHERE r IS NOT NULL] AS rels, amount AS score,
  h.name + '（' + coalesce(v.name + '，', '')
    + coalesce({REGISTERED: '建档立卡贫困户', LIFTED: '脱贫户', MONITORED: '防返贫监测户'}[h.povertyStatus], '未建档立卡') + '、'
    + coalesce({MINIMUM_LIVING: '低保户', EXTREME_POVERTY: '特困供养户'}[h.allowance], '非低保特困户') + '）不符合条件领取'
    + reduce(s = '', x IN names | s + CASE WHEN s = '' THEN '' ELSE '、' END + x) + toString(amount) + '元（'
    + toString(size(paid)) + '笔）' AS summary
