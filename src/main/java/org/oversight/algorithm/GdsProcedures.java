package org.oversight.algorithm;

import java.util.List;

import org.neo4j.gds.VersionProc;
import org.neo4j.gds.betweenness.BetweennessCentralityStreamProc;
import org.neo4j.gds.catalog.GraphDropProc;
import org.neo4j.gds.functions.AsNodeFunc;
import org.neo4j.gds.louvain.LouvainStreamProc;
import org.neo4j.gds.pagerank.PageRankStreamProc;
import org.neo4j.gds.wcc.WccStreamProc;
import org.neo4j.internal.kernel.api.exceptions.ProcedureException;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.oversight.graph.Cypher;
import org.oversight.graph.EmbeddedNeo4j;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.model.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Makes sure the Graph Data Science procedures the algorithms call exist before the first
 * one runs. On the embedded database they are registered on first use, not at startup:
 * registration loads a few thousand GDS classes and would lengthen every restart for a
 * feature most sessions never touch. The projection function {@code gds.graph.project}
 * needs no registration: GDS's own extension adds it when the database starts. On an
 * external server nothing can be registered; GDS must be installed there, and its absence
 * is reported as {@link ErrorCode#UNAVAILABLE}.
 */
@Component
class GdsProcedures {

	private static final Logger log = LoggerFactory.getLogger(GdsProcedures.class);

	/** Only what the algorithms call: the stream mode of each, the drop, the version. */
	private static final List<Class<?>> PROCEDURES = List.of(WccStreamProc.class, LouvainStreamProc.class,
			PageRankStreamProc.class, BetweennessCentralityStreamProc.class, GraphDropProc.class, VersionProc.class);

	private static final List<Class<?>> FUNCTIONS = List.of(AsNodeFunc.class);

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private volatile boolean ready;

	GdsProcedures(ObjectProvider<EmbeddedNeo4j> embedded, Cypher cypher, QueryCatalogue queries) {
		this.embedded = embedded;
		this.cypher = cypher;
		this.queries = queries;
	}

	/** Runs work that calls the procedures, once they are there. */
	<T> T ensured(java.util.function.Supplier<T> work) {
		ensure();
		return work.get();
	}

	/** Registers the procedures once, or checks that the external server has them. */
	void ensure() {
		if (this.ready) {
			return;
		}
		synchronized (this) {
			if (this.ready) {
				return;
			}
			EmbeddedNeo4j database = this.embedded.getIfAvailable();
			if (database != null) {
				register(database.procedures());
			}
			else {
				requireInstalled();
			}
			// The algorithm queries are left out of the startup check; explain them now.
			this.queries.folder("algorithm").forEach((query) -> this.queries.validate(this.cypher, query));
			this.ready = true;
		}
	}

	private void register(GlobalProcedures procedures) {
		long started = System.nanoTime();
		try {
			for (Class<?> procedure : PROCEDURES) {
				procedures.registerProcedure(procedure);
			}
			for (Class<?> function : FUNCTIONS) {
				procedures.registerFunction(function);
			}
		}
		catch (ProcedureException ex) {
			throw new IllegalStateException("Cannot register the Graph Data Science procedures: " + ex.getMessage(),
					ex);
		}
		log.info("Graph Data Science procedures registered in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void requireInstalled() {
		try {
			String version = this.cypher
				.read("CALL gds.version() YIELD gdsVersion RETURN gdsVersion", java.util.Map.of(),
						(r) -> r.get(0).asString())
				.get(0);
			log.info("Graph Data Science {} found on the Neo4j server", version);
		}
		catch (org.oversight.graph.Deadline.Passed ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			log.warn("Graph Data Science is not available on the Neo4j server: {}", ex.getMessage());
			throw new DomainException(ErrorCode.UNAVAILABLE, null,
					"Graph algorithms need the Neo4j Graph Data Science plugin (2.x) installed on the Neo4j server "
							+ "(spring.neo4j.uri); it is not there. See README, 'Graph algorithms'.");
		}
	}

}
