/**
 * The database underneath: the embedded Neo4j or the external one, the one Cypher
 * executor, schema migrations, and the catalogue of named queries under {@code queries/}.
 */
package org.oversight.graph;
