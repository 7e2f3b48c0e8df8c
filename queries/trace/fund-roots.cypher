// name: trace/fund-roots
// description: Where a fund's or project's money enters the books: the accounts that pay transfers tagged with it
//   and receive none. Uses the transfer_fund / transfer_project indexes.
// parameters: fund (id or null), project (id or null)
// returns: a (a root account)
MATCH (a:Account)-[t:TRANSFER]->(:Account)
WHERE ($fund IS NOT NULL AND t.fundId = $fund) OR ($project IS NOT NULL AND t.projectId = $project)
WITH DISTINCT a
WHERE NOT EXISTS {
  MATCH (:Account)-[earlier:TRANSFER]->(a)
  WHERE ($fund IS NOT NULL AND earlier.fundId = $fund) OR ($project IS NOT NULL AND earlier.projectId = $project)
}
RETURN a
