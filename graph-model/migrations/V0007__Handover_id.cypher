// Hand-overs to the competent department (移交行业主管部门) are a kind of their own: an index on id like every kind
// (V0004), so MATCH (h:Handover {id: $x}) does not scan.
CREATE INDEX handover_id IF NOT EXISTS FOR (n:Handover) ON (n.id);
