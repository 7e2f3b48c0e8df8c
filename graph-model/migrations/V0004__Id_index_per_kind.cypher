// Every kind label gets its own index on id. entity_id (on :Entity) serves MATCH (n:Entity {id: $x}); a query
// or visibility predicate that names the kind, MATCH (p:Person {id: $x}), would otherwise scan every node of
// that label: at a prefecture's 50,000 persons and 1,000,000 transfers that is seconds per lookup.
CREATE INDEX region_id IF NOT EXISTS FOR (n:Region) ON (n.id);
CREATE INDEX organization_id IF NOT EXISTS FOR (n:Organization) ON (n.id);
CREATE INDEX person_id IF NOT EXISTS FOR (n:Person) ON (n.id);
CREATE INDEX company_id IF NOT EXISTS FOR (n:Company) ON (n.id);
CREATE INDEX project_id IF NOT EXISTS FOR (n:Project) ON (n.id);
CREATE INDEX contract_id IF NOT EXISTS FOR (n:Contract) ON (n.id);
CREATE INDEX fund_id IF NOT EXISTS FOR (n:Fund) ON (n.id);
CREATE INDEX account_id IF NOT EXISTS FOR (n:Account) ON (n.id);
CREATE INDEX term_id IF NOT EXISTS FOR (n:Term) ON (n.id);
CREATE INDEX inspection_round_id IF NOT EXISTS FOR (n:InspectionRound) ON (n.id);
CREATE INDEX inspection_team_id IF NOT EXISTS FOR (n:InspectionTeam) ON (n.id);
CREATE INDEX finding_id IF NOT EXISTS FOR (n:Finding) ON (n.id);
CREATE INDEX institutional_fix_id IF NOT EXISTS FOR (n:InstitutionalFix) ON (n.id);
CREATE INDEX petition_id IF NOT EXISTS FOR (n:Petition) ON (n.id);
CREATE INDEX lead_id IF NOT EXISTS FOR (n:Lead) ON (n.id);
CREATE INDEX case_id IF NOT EXISTS FOR (n:Case) ON (n.id);
CREATE INDEX sanction_id IF NOT EXISTS FOR (n:Sanction) ON (n.id);
CREATE INDEX rectification_id IF NOT EXISTS FOR (n:Rectification) ON (n.id);
