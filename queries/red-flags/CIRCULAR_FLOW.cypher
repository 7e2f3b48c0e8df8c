// code: CIRCULAR_FLOW
// title: Money going round in a circle
// titleZh: 资金循环/体外循环
// severity: HIGH
// subject: the smallest account id on the cycle
// description: A directed cycle of 2 to maxHops transfers returning to its first account, each transfer on or after the one before, all within windowDays.
// parameters: maxHops=4, windowDays=90
// bounds: maxHops=2..4, windowDays=0..3660
// returns: one row per smallest account id; evidence: the transfers of every qualifying cycle through it and their accounts and holders
// choices: a cycle visits each account once; "within windowDays" means the last transfer is at most windowDays after the first; maxHops is capped at 4 so the scan stays bounded; transfers after asOf are ignored
MATCH path = (a:Account)-[ts:TRANSFER*2..4]->(a)
WHERE size(ts) <= $maxHops
  AND all(i IN range(0, size(ts) - 2) WHERE ts[i].date <= ts[i + 1].date)
  AND ts[-1].date <= $asOf
  AND duration.inDays(ts[0].date, ts[-1].date).days <= $windowDays
WITH path, nodes(path) AS ns, ts
WHERE size(reduce(seen = [], n IN tail(ns) | CASE WHEN n IN seen THEN seen ELSE seen + n END)) = size(ts)
WITH path, ts, reduce(m = null, n IN tail(ns) | CASE WHEN m IS NULL OR n.id < m THEN n.id ELSE m END) AS smallest
WITH smallest, collect(path) AS cycles, reduce(s = 0.0, l IN collect(ts) | s + reduce(x = 0.0, t IN l | x + t.amount)) AS moved
UNWIND cycles AS cycle
UNWIND nodes(cycle) AS n
OPTIONAL MATCH (n)-[h:HELD_BY]->(holder:Entity)
WITH smallest, cycles, moved, collect(DISTINCT holder) AS holders, collect(DISTINCT h) AS held
RETURN smallest AS subject, cycles + holders AS nodes, held AS rels, moved AS score,
  '资金循环：' + toString(size(cycles)) + '条闭环经过账户' + smallest + '（' + toString(size(nodes(cycles[0])) - 1) + '个账户），合计流转' + toString(moved) + '元' AS summary
