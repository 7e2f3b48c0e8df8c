// name: trace/upstream-step
// description: One hop of a money trail upstream: the transfers into the frontier accounts on or before the date
//   money left each of them, with the same tag rule as downstream.
// parameters: frontier (list of {id, until}), tagKey ('fundId' or 'projectId' or null), tag, minAmount, limit
// returns: a (the payer), t, b (the frontier account)
UNWIND $frontier AS f
MATCH (a:Account)-[t:TRANSFER]->(b:Account {id: f.id})
WHERE t.amount >= $minAmount
  AND (f.until IS NULL OR t.date <= f.until)
  AND ($tagKey IS NULL OR t[$tagKey] = $tag OR (t[$tagKey] IS NULL AND a.accountKind <> 'PUBLIC'))
  AND {{visible a:Account}}
RETURN a, t, b
ORDER BY t.date DESC, t.id
LIMIT $limit
