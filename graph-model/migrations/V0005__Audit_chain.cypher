// The audit trail's hash chain: records in chain order, and one head that appends lock.
CREATE CONSTRAINT audit_head_id IF NOT EXISTS FOR (h:__AuditHead) REQUIRE h.id IS UNIQUE;
CREATE INDEX audit_seq IF NOT EXISTS FOR (a:__Audit) ON (a.seq);
