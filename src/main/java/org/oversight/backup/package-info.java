/**
 * Backup and restore: a consistent copy of everything in the database (the graph, users,
 * the audit trail and its chain head, alerts, lead histories, settings, migrations and
 * the schema) taken in one read transaction while application writes pause, written as
 * one compressed file of JSON lines with a manifest, and loaded back into an empty
 * database.
 */
package org.oversight.backup;
