// name: trace/downstream-step
// description: One hop of a money trail downstream: the transfers out of the frontier accounts on or after the date
//   money reached each of them. With a tag (a fund or a project), public accounts pass on only money tagged with
//   it, while companies and persons are followed whatever they pay: that is where money leaves the books.
// parameters: frontier (list of {id, since}), tagKey ('fundId' or 'projectId' or null), tag, minAmount, limit
// returns: a, t, b
UNWIND $frontier AS f
MATCH (a:Account {id: f.id})-[t:TRANSFER]->(b:Account)
WHERE t.amount >= $minAmount
  AND (f.since IS NULL OR t.date >= f.since)
  AND ($tagKey IS NULL OR t[$tagKey] = $tag OR (t[$tagKey] IS NULL AND a.accountKind <> 'PUBLIC'))
  AND {{visible b:Account}}
RETURN a, t, b
ORDER BY t.date, t.id
LIMIT $limit
