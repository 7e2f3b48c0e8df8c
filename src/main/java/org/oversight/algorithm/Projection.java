package org.oversight.algorithm;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-memory GDS graph that lives for one request: projected under a fresh name (so
 * concurrent requests never share one), used, and always dropped, also when the work
 * fails.
 */
final class Projection {

	private static final Logger log = LoggerFactory.getLogger(Projection.class);

	private Projection() {
	}

	/**
	 * Projects with the named query, hands the projection's name and node count to the
	 * work, and drops the projection.
	 */
	static <T> T with(Cypher cypher, QueryCatalogue queries, String projectQuery, Function<Projected, T> work) {
		String name = "oversight-" + UUID.randomUUID();
		try {
			long nodes = cypher.read(queries.text(projectQuery), Map.of("graph", name), (r) -> r.get("nodes").asLong())
				.get(0);
			return work.apply(new Projected(name, nodes));
		}
		finally {
			drop(cypher, queries, name);
		}
	}

	private static void drop(Cypher cypher, QueryCatalogue queries, String name) {
		try {
			cypher.read(queries.text("algorithm/drop"), Map.of("graph", name), (r) -> r);
		}
		catch (RuntimeException ex) {
			// The projection may never have been made; a failed drop must not hide
			// the real error, and GDS frees the memory when the database stops.
			log.warn("Could not drop graph projection {}: {}", name, ex.getMessage());
		}
	}

	/**
	 * @param name the projection's name
	 * @param nodes how many nodes it has
	 */
	record Projected(String name, long nodes) {
	}

}
