package org.oversight.graph;

import org.neo4j.driver.TransactionContext;

/**
 * Work that joins every write transaction just before it commits, so that it commits or
 * rolls back with it: the audit trail records a mutation in the mutation's own
 * transaction, and a crash between the change and its record cannot happen.
 */
public interface CommitHook {

	/** Nothing to add. */
	CommitHook NONE = new CommitHook() {
		@Override
		public void beforeCommit(TransactionContext tx) {
		}

		@Override
		public void committed() {
		}
	};

	/**
	 * Runs inside the write transaction after its work, on the thread that asked for it;
	 * called again if the transaction is retried.
	 */
	void beforeCommit(TransactionContext tx);

	/** The transaction of the last {@link #beforeCommit} has committed. */
	void committed();

}
