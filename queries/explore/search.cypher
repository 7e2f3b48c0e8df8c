// name: explore/search
// description: Full-text search over names and titles (cjk analyzer: Chinese bigrams), best first.
// parameters: query (Lucene query, already escaped), kinds (list of kinds or null for all), limit
// returns: node, score
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WITH node, score
WHERE ($kinds IS NULL OR any(label IN labels(node) WHERE label IN $kinds)) AND {{visible node}}
RETURN node, score
ORDER BY score DESC, node.id
LIMIT $limit
