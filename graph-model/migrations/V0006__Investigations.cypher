// Saved investigations (研判专题): what an analyst drew on the network picture, owned by a user.
// Internal (double underscore, never Entity), like alerts: no traversal, path or neighbourhood reaches them.
CREATE CONSTRAINT investigation_id IF NOT EXISTS FOR (i:__Investigation) REQUIRE i.id IS UNIQUE;
CREATE INDEX investigation_owner IF NOT EXISTS FOR (i:__Investigation) ON (i.owner);
