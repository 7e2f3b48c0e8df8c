// Every node of the domain carries the label Entity and an id unique across the whole graph.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// Transfers are relationships with an id of their own (the id of transfers.csv).
CREATE CONSTRAINT transfer_id IF NOT EXISTS FOR ()-[t:TRANSFER]-() REQUIRE t.id IS UNIQUE;
CREATE INDEX transfer_project IF NOT EXISTS FOR ()-[t:TRANSFER]-() ON (t.projectId);
CREATE INDEX transfer_fund IF NOT EXISTS FOR ()-[t:TRANSFER]-() ON (t.fundId);
CREATE INDEX transfer_date IF NOT EXISTS FOR ()-[t:TRANSFER]-() ON (t.date);

// Filters users apply to lists.
CREATE INDEX organization_level IF NOT EXISTS FOR (n:Organization) ON (n.level);
CREATE INDEX organization_sector IF NOT EXISTS FOR (n:Organization) ON (n.sector);
CREATE INDEX finding_category IF NOT EXISTS FOR (n:Finding) ON (n.category);
CREATE INDEX finding_date IF NOT EXISTS FOR (n:Finding) ON (n.foundDate);
CREATE INDEX lead_status IF NOT EXISTS FOR (n:Lead) ON (n.status);
CREATE INDEX rectification_status IF NOT EXISTS FOR (n:Rectification) ON (n.status);
CREATE INDEX rectification_deadline IF NOT EXISTS FOR (n:Rectification) ON (n.deadline);
CREATE INDEX account_kind IF NOT EXISTS FOR (n:Account) ON (n.accountKind);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.orgKind);
CREATE INDEX person_id_hash IF NOT EXISTS FOR (n:Person) ON (n.idHash);
CREATE INDEX region_code IF NOT EXISTS FOR (n:Region) ON (n.code);

// Chinese-aware full-text search over names (the cjk analyzer indexes bigrams of Han characters).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Region|Organization|Person|Company|Project|Fund|InspectionRound|InspectionTeam|Finding|InstitutionalFix)
ON EACH [n.name, n.title]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
