// Red-flag hits kept between runs: one alert per rule and subject (id = rule:subject).
// Internal (double underscore, never Entity), like users and the audit trail.
CREATE CONSTRAINT alert_id IF NOT EXISTS FOR (a:__Alert) REQUIRE a.id IS UNIQUE;
CREATE INDEX alert_status IF NOT EXISTS FOR (a:__Alert) ON (a.status);
CREATE INDEX alert_rule IF NOT EXISTS FOR (a:__Alert) ON (a.rule);
