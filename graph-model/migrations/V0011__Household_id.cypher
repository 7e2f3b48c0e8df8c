// Households (农户) are a kind of their own (#15): an index on id like every kind (V0004), so
// MATCH (h:Household {id: $x}) does not scan.
CREATE INDEX household_id IF NOT EXISTS FOR (n:Household) ON (n.id);
