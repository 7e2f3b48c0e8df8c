// name: algorithm/similar-organizations
// description: Organizations whose problem profile (findings per category) resembles that of one
//   organization: weighted Jaccard similarity over the finding counts per category (the sum of the smaller
//   counts over the sum of the larger), which is what GDS node similarity computes on an
//   organization-category graph weighted by counts. Only organizations sharing at least one category.
// parameters: id (the organization), first
// returns: organization, similarity, shared (categories both have, in code order: the answer is deterministic)
MATCH (o:Organization {id: $id})<-[:CONCERNS]-(f:Finding)
WITH o, f.category AS category, count(*) AS n
WITH o, collect({c: category, n: n}) AS mine
UNWIND mine AS m
MATCH (other:Organization)<-[:CONCERNS]-(:Finding {category: m.c})
WHERE other <> o
WITH DISTINCT mine, other
MATCH (other)<-[:CONCERNS]-(g:Finding)
WITH mine, other, g.category AS category, count(*) AS n
WITH mine, other, collect({c: category, n: n}) AS theirs
WITH mine, other, theirs,
     reduce(s = [], x IN mine + theirs | CASE WHEN x.c IN s THEN s ELSE s + x.c END) AS categories
WITH other, [c IN categories |
       {c: c, a: coalesce(head([x IN mine WHERE x.c = c | x.n]), 0),
        b: coalesce(head([x IN theirs WHERE x.c = c | x.n]), 0)}] AS pairs
WITH other, pairs,
     reduce(s = 0.0, p IN pairs | s + CASE WHEN p.a < p.b THEN p.a ELSE p.b END) AS smaller,
     reduce(s = 0.0, p IN pairs | s + CASE WHEN p.a > p.b THEN p.a ELSE p.b END) AS larger
WITH other, smaller / larger AS similarity,
     COLLECT { UNWIND pairs AS p WITH p WHERE p.a > 0 AND p.b > 0 RETURN p.c ORDER BY p.c } AS shared
RETURN other AS organization, similarity, shared
ORDER BY similarity DESC, size(shared) DESC, other.id
LIMIT $first
