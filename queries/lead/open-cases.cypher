// name: lead/open-cases
// description: How many cases opened from a lead are not concluded yet.
// parameters: lead
// returns: open
MATCH (k:Case)-[:FROM_LEAD]->(:Lead {id: $lead})
WHERE coalesce(k.status, 'OPEN') <> 'CLOSED'
RETURN count(k) AS open
