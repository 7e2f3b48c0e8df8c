package org.oversight.graph;

import org.springframework.stereotype.Component;

/**
 * Brings the database to a usable state before anything else reads it: schema migrated,
 * named queries checked. Runs once, when the context is built, so a broken schema or
 * query file stops the start with a clear message.
 */
@Component
public class DatabaseReady {

	public DatabaseReady(Migrations migrations, QueryCatalogue queries, Cypher cypher) {
		migrations.apply();
		queries.validate(cypher);
	}

}
