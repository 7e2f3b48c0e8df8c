// code: CIRCULAR_FLOW
// title: Money going round in a circle
// titleZh: 资金循环/体外循环
// severity: HIGH
// subject: the smallest account id on the cycle
// description: A directed cycle of 2 to maxHops transfers returning to its first account, each transfer on or after the one before, all within windowDays.
// descriptionZh: 2 至 maxHops 笔转账首尾相连、回到最初的账户，每笔不早于前一笔，且全部发生在 windowDays 天之内。
// parameters: maxHops=4, windowDays=90
// bounds: maxHops=2..4, windowDays=0..3660
// returns: one row per smallest account id; evidence: the transfers of every qualifying cycle through it and their accounts and holders
// choices: a cycle visits each account once; "within windowDays" means the last transfer is at most windowDays after the first; maxHops is capped at 4 so the scan stays bounded; transfers after asOf are ignored
// The first transfer is matched alone, and the rest of the cycle is expanded only along
// transfers inside its time window, which prunes the search on a large ledger.
MATCH (a:Account)-[first:TRANSFER]->(b:Account)
WHERE first.date <= $asOf AND b <> a
MATCH rest = (b) (()-[t:TRANSFER WHERE t.date >= first.date AND t.date <= $asOf
    AND t.date <= first.date + duration({days: $windowDays})]->()){1,3} (a)
WITH a, first, rest, [first] + t AS ts
WHERE size(ts) <= $maxHops AND NOT first IN t
  AND all(i IN range(0, size(ts) - 2) WHERE ts[i].date <= ts[i + 1].date)
WITH [a] + nodes(rest) AS ns, ts
WHERE size(reduce(seen = [], n IN tail(ns) | CASE WHEN n IN seen THEN seen ELSE seen + n END)) = size(ts)
WITH ts, tail(ns) AS cycle
WITH ts, cycle, reduce(m = null, n IN cycle | CASE WHEN m IS NULL OR n.id < m THEN n.id ELSE m END) AS smallest
WITH smallest, collect(cycle) AS cycles, reduce(a = [], l IN collect(ts) | a + l) AS all
UNWIND all AS t
WITH smallest, cycles, collect(DISTINCT t) AS transfers
UNWIND reduce(a = [], c IN cycles | a + c) AS n
OPTIONAL MATCH (n)-[h:HELD_BY]->(holder:Entity)
WITH smallest, cycles, transfers, collect(DISTINCT n) AS accounts, collect(DISTINCT holder) AS holders, collect(DISTINCT h) AS held,
  reduce(x = 0.0, t IN transfers | x + t.amount) AS moved
RETURN smallest AS subject, accounts + holders AS nodes, transfers + held AS rels, moved AS score,
  '资金循环：经过账户' + smallest + '的闭环（' + toString(size(cycles[0])) + '个账户，' + toString(size(transfers)) + '笔转账）合计流转' + toString(moved) + '元' AS summary
