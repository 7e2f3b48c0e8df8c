// Users of the platform and the audit trail are kept beside the domain graph, never labelled Entity,
// so no query over entities can reach them.
CREATE CONSTRAINT user_name IF NOT EXISTS FOR (u:__User) REQUIRE u.name IS UNIQUE;
CREATE INDEX audit_at IF NOT EXISTS FOR (a:__Audit) ON (a.at);
CREATE INDEX audit_user IF NOT EXISTS FOR (a:__Audit) ON (a.user);
