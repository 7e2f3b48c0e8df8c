package org.oversight.algorithm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import org.neo4j.driver.TransactionContext;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-memory GDS graph that lives for one request: projected under a fresh name (so
 * concurrent requests never share one), used, and always dropped, also when the work
 * fails. Projection, algorithm and drop run in one read transaction, so that on a cluster
 * they reach the same member (each member has its own graph catalogue).
 */
final class Projection {

	private static final Logger log = LoggerFactory.getLogger(Projection.class);

	private Projection() {
	}

	/**
	 * Projects with the named query, hands the transaction and the projection to the
	 * work, and drops the projection.
	 */
	static <T> T with(Cypher cypher, QueryCatalogue queries, String projectQuery,
			BiFunction<TransactionContext, Projected, T> work) {
		// A retried transaction projects under a new name; every name made is dropped.
		List<String> open = new ArrayList<>();
		try {
			return cypher.inRead((tx) -> {
				String name = "oversight-" + UUID.randomUUID();
				open.add(name);
				long nodes = cypher
					.list(tx, queries.text(projectQuery), Map.of("graph", name), (r) -> r.get("nodes").asLong())
					.get(0);
				T result = work.apply(tx, new Projected(name, nodes));
				cypher.list(tx, queries.text("algorithm/drop"), Map.of("graph", name), (r) -> r);
				open.remove(name);
				return result;
			});
		}
		finally {
			open.forEach((name) -> drop(cypher, queries, name));
		}
	}

	private static void drop(Cypher cypher, QueryCatalogue queries, String name) {
		try {
			org.oversight.graph.Deadline
				.aside(() -> cypher.read(queries.text("algorithm/drop"), Map.of("graph", name), (r) -> r));
		}
		catch (Exception ex) {
			// A failed drop must not hide the real error; GDS frees the memory when the
			// database stops.
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
