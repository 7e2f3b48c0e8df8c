package org.oversight.graph;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.springframework.stereotype.Component;

/**
 * Lets one task hold every write of the application back for a moment: each write
 * transaction of {@link Cypher} passes the barrier (many at once), and
 * {@link #closed(Duration, java.util.function.Supplier)} waits for the writes in flight
 * to end, keeps new ones waiting while its work runs, and lets them through afterwards. A
 * backup uses it to read a state no application write is half-way through; writes made
 * over Bolt by other clients do not pass it.
 */
@Component
public class WriteBarrier {

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	/** Runs one write; blocks while the barrier is closed. */
	<T> T pass(java.util.function.Supplier<T> write) {
		this.lock.readLock().lock();
		try {
			return write.get();
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/**
	 * Closes the barrier, waiting at most {@code wait} for the writes in flight, runs the
	 * work and opens it again.
	 * @throws IllegalStateException when the writes in flight did not end in time
	 */
	public <T> T closed(Duration wait, java.util.function.Supplier<T> work) {
		try {
			if (!this.lock.writeLock().tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException(
						"writes in progress did not finish within " + wait.toSeconds() + " s; try again");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for writes to pause", ex);
		}
		try {
			return work.get();
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

}
