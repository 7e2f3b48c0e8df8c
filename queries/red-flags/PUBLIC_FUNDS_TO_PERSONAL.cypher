// code: PUBLIC_FUNDS_TO_PERSONAL
// title: Public money into a personal account
// titleZh: 公款私存/公款流入个人账户
// severity: HIGH
// subject: the personal account
// description: A transfer of kind PUBLIC_REVENUE into a PERSONAL account; or a chain of 1 to maxHops transfers, each on or after the one before, starting from a PUBLIC account and ending in a PERSONAL account, where no transfer of the chain is of kind SALARY, SUBSIDY or REFUND.
// descriptionZh: 一笔公款收入（PUBLIC_REVENUE）转入个人账户；或从公款账户出发、经 1 至 maxHops 笔依次发生的转账最终进入个人账户，且途中没有作为工资、补贴或退款的正当名目。
// parameters: maxHops=3
// bounds: maxHops=1..4
// returns: one row per personal account; evidence: every qualifying transfer and chain into it, with the accounts and their holders
// choices: transfers dated after asOf are ignored; all chains into one account make one hit; maxHops is capped at 4 so the scan stays bounded on a city-sized graph
CALL {
  MATCH (a:Account)-[t:TRANSFER {kind: 'PUBLIC_REVENUE'}]->(p:Account {accountKind: 'PERSONAL'})
  WHERE t.date <= $asOf
  RETURN p, [a, p] AS ns, [t] AS ts
  UNION ALL
  // Anchored on the last transfer into a personal account (few of them are not salaries or
  // subsidies), then expanded backwards from its payer: far fewer paths than forwards from
  // every public account.
  MATCH (x:Account)-[last:TRANSFER]->(p:Account {accountKind: 'PERSONAL'})
  WHERE NOT last.kind IN ['SALARY', 'SUBSIDY', 'REFUND'] AND last.date <= $asOf
  MATCH path = (:Account {accountKind: 'PUBLIC'})
    (()-[t:TRANSFER WHERE NOT t.kind IN ['SALARY', 'SUBSIDY', 'REFUND'] AND t.date <= last.date]->()){0,3}
    (x)
  WITH p, nodes(path) + [p] AS ns, t + [last] AS ts, last, t AS before
  WHERE size(ts) <= $maxHops AND NOT last IN before
    AND all(i IN range(0, size(ts) - 2) WHERE ts[i].date <= ts[i + 1].date)
  RETURN p, ns, ts
}
WITH p, collect(ns) AS nodeLists, collect(ts) AS transferLists
WITH p, reduce(acc = [], l IN nodeLists | acc + l) AS ns, reduce(acc = [], l IN transferLists | acc + l) AS ts
UNWIND ts AS t
WITH p, ns, collect(DISTINCT t) AS ts
OPTIONAL MATCH (p)-[held:HELD_BY]->(holder:Entity)
WITH p, ns, ts, holder, held, [t IN ts WHERE endNode(t) = p | t.amount] AS inAmounts
RETURN p.id AS subject, ns + [holder] AS nodes, ts + [held] AS rels,
  reduce(s = 0.0, x IN inAmounts | s + x) AS score,
  '公款流入个人账户：' + coalesce(holder.name, p.id) + '的个人账户' + p.id + '收到公款' + toString(round(reduce(s = 0.0, x IN inAmounts | s + x))) + '元（' + toString(size(ts)) + '笔相关转账）' AS summary
