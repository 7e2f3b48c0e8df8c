// name: trace/subsidies
// description: Where a downstream trail reaches households: the subsidies (惠民补贴, SUBSIDY_PAID) paid out of the
//   trail's accounts on or after the date money reached each of them. With a tag, only subsidies tagged with it
//   (they come from public accounts, which pass on only tagged money; a project's trail has none).
// parameters: frontier (list of {id, since}), tagKey ('fundId' or 'projectId' or null), tag, minAmount, limit
// returns: a, s, h (the household)
UNWIND $frontier AS f
MATCH (a:Account {id: f.id})-[s:SUBSIDY_PAID]->(h:Household)
WHERE s.amount >= $minAmount
  AND (f.since IS NULL OR s.date >= f.since)
  AND ($tagKey IS NULL OR s[$tagKey] = $tag)
  AND {{visible h}}
RETURN a, s, h
ORDER BY s.date, h.id
LIMIT $limit
