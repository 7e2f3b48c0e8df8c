package org.oversight.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one way the application talks to Neo4j: parameterised Cypher in read or write
 * transactions (reads are routed to secondaries on a cluster), with a count of statements
 * run so tests can prove that nested fields do not fan out into one query per row.
 */
@Component
public class Cypher {

	private final Driver driver;

	private final SessionConfig sessionConfig;

	private final AtomicLong statements = new AtomicLong();

	private final Duration timeout;

	private final WriteBarrier barrier;

	private volatile CommitHook hook = CommitHook.NONE;

	public Cypher(Driver driver, OversightProperties properties,
			@Value("${oversight.limits.query-timeout:30s}") Duration timeout, WriteBarrier barrier) {
		this.driver = driver;
		this.barrier = barrier;
		// A runaway query is stopped by the database, whatever asked for it.
		this.timeout = timeout;
		// Every session shares the driver's bookmarks: on a cluster, a read routed to a
		// secondary then waits for the writes this server made before it.
		SessionConfig.Builder config = SessionConfig.builder()
			.withBookmarkManager(driver.executableQueryBookmarkManager());
		if (properties.database() != null) {
			config.withDatabase(properties.database());
		}
		this.sessionConfig = config.build();
	}

	/** Runs one statement in a read transaction and maps every record. */
	public <T> List<T> read(String query, Map<String, Object> parameters, Function<Record, T> mapper) {
		return inRead((tx) -> list(tx, query, parameters, mapper));
	}

	/** Runs one statement in a write transaction and maps every record. */
	public <T> List<T> write(String query, Map<String, Object> parameters, Function<Record, T> mapper) {
		return inWrite((tx) -> list(tx, query, parameters, mapper));
	}

	/**
	 * Streams the records of one statement to a consumer in a read transaction, without
	 * holding them all in memory (exports of large graphs).
	 */
	public void stream(String query, Map<String, Object> parameters, java.util.function.Consumer<Record> consumer) {
		try (Session session = this.driver.session(this.sessionConfig)) {
			this.statements.incrementAndGet();
			session.executeRead((tx) -> {
				tx.run(query, parameters).forEachRemaining(consumer);
				return null;
			});
		}
	}

	/** Runs work in one read transaction, retried on transient errors. */
	public <T> T inRead(TransactionCallback<T> work) {
		try (Session session = this.driver.session(this.sessionConfig)) {
			return session.executeRead(work, config());
		}
	}

	/**
	 * Runs work in one read transaction without the statement timeout, for a task that
	 * must read everything at once (a backup).
	 */
	public <T> T inLongRead(TransactionCallback<T> work) {
		try (Session session = this.driver.session(this.sessionConfig)) {
			return session.executeRead(work);
		}
	}

	/**
	 * Runs work in one write transaction: all of it commits, or none of it. Waits while a
	 * backup holds the {@link WriteBarrier}.
	 */
	public <T> T inWrite(TransactionCallback<T> work) {
		return this.barrier.pass(() -> {
			try (Session session = this.driver.session(this.sessionConfig)) {
				T result = session.executeWrite((tx) -> {
					T value = work.execute(tx);
					this.hook.beforeCommit(tx);
					return value;
				}, config());
				this.hook.committed();
				return result;
			}
		});
	}

	/** Sets the work that joins every write transaction before it commits. */
	public void onCommit(CommitHook hook) {
		this.hook = hook;
	}

	/**
	 * Plans a statement without running it ({@code EXPLAIN}), outside the statement
	 * timeout: planning at startup on a busy machine may take longer than a request is
	 * allowed to, and must not stop the start.
	 */
	public void explain(String query) {
		try (Session session = this.driver.session(this.sessionConfig)) {
			this.statements.incrementAndGet();
			session.executeRead((tx) -> tx.run("EXPLAIN " + query).consume());
		}
	}

	/**
	 * The statement timeout, shortened to what is left of the request's {@link Deadline}
	 * when one is set.
	 */
	private TransactionConfig config() {
		return TransactionConfig.builder().withTimeout(Deadline.timeout(this.timeout)).build();
	}

	/** Runs one statement inside a transaction already open. */
	public <T> List<T> list(org.neo4j.driver.TransactionContext tx, String query, Map<String, Object> parameters,
			Function<Record, T> mapper) {
		this.statements.incrementAndGet();
		return tx.run(query, parameters).list(mapper::apply);
	}

	/** Runs a schema statement, which Neo4j wants in a transaction of its own. */
	public void schema(String statement) {
		this.barrier.pass(() -> {
			try (Session session = this.driver.session(this.sessionConfig)) {
				this.statements.incrementAndGet();
				session.run(statement).consume();
			}
			return null;
		});
	}

	/** How many statements have run since start; for tests that count queries. */
	public long statementCount() {
		return this.statements.get();
	}

}
