package org.oversight.audit;

import java.util.List;
import java.util.function.Supplier;

import org.neo4j.driver.TransactionContext;
import org.oversight.graph.CommitHook;
import org.oversight.graph.Cypher;
import org.springframework.stereotype.Component;

/**
 * Records a mutation in the audit trail inside the first write transaction it commits, so
 * the change and its record are one: a server killed between the two leaves neither. A
 * mutation that writes nothing, or fails before it writes, is recorded afterwards with
 * its outcome ({@link AuditInstrumentation}).
 */
@Component
class MutationJournal implements CommitHook {

	/** The mutation this thread is running, if any. */
	private static final ThreadLocal<Mutation> CURRENT = new ThreadLocal<>();

	/**
	 * Set while the trail appends a record of its own: that transaction is not a change.
	 */
	private static final ThreadLocal<Boolean> ASIDE = new ThreadLocal<>();

	private final AuditChain chain;

	MutationJournal(Cypher cypher, AuditChain chain) {
		this.chain = chain;
		cypher.onCommit(this);
	}

	/** One mutation of a request: what the trail will say of it. */
	static final class Mutation {

		final String key;

		final String user;

		final String operation;

		final List<String> entities;

		final String remote;

		/** Its record is in a transaction that committed. */
		volatile boolean journaled;

		private boolean written;

		Mutation(String key, String user, String operation, List<String> entities, String remote) {
			this.key = key;
			this.user = user;
			this.operation = operation;
			this.entities = entities;
			this.remote = remote;
		}

	}

	/** Runs a mutation's work with its record ready to join its first write. */
	static <T> T running(Mutation mutation, Work<T> work) throws Exception {
		Mutation outer = CURRENT.get();
		CURRENT.set(mutation);
		try {
			return work.run();
		}
		finally {
			CURRENT.set(outer);
		}
	}

	/** Runs the trail's own append, which no mutation's record joins. */
	static <T> T aside(Supplier<T> append) {
		ASIDE.set(Boolean.TRUE);
		try {
			return append.get();
		}
		finally {
			ASIDE.remove();
		}
	}

	@Override
	public void beforeCommit(TransactionContext tx) {
		Mutation mutation = CURRENT.get();
		if (mutation == null || mutation.journaled || ASIDE.get() != null) {
			return;
		}
		this.chain.appendIn(tx, mutation.user, mutation.operation, mutation.entities, "ok", mutation.remote);
		mutation.written = true;
	}

	@Override
	public void committed() {
		Mutation mutation = CURRENT.get();
		if (mutation != null && mutation.written && ASIDE.get() == null) {
			mutation.journaled = true;
		}
	}

	/** A mutation's work. */
	@FunctionalInterface
	interface Work<T> {

		T run() throws Exception;

	}

}
