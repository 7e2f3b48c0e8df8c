package org.oversight.graph;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The time left to the request this thread is answering. A request may hold many
 * statements (thirty aliases of one route, or nested fields loaded in batches), each
 * within the statement timeout; the deadline bounds them together: every statement
 * {@link Cypher} runs while one is open gets the time that is left as its timeout, and
 * none starts once it has passed. Threads with no open deadline (imports, start-up work,
 * background caches, sign-in) keep the plain statement timeout.
 */
public final class Deadline {

	private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

	private Deadline() {
	}

	/**
	 * Opens a request's deadline on this thread until {@link Budget#close()}, replacing
	 * whatever an earlier request may have left there; a budget closed from another
	 * thread (a request that ended elsewhere) no longer counts here either.
	 * @param endNanos the end, on {@link System#nanoTime()}'s clock
	 */
	public static Budget open(long endNanos) {
		Budget budget = new Budget(endNanos);
		CURRENT.set(budget);
		return budget;
	}

	/**
	 * Runs clean-up outside the request's deadline, with the plain statement timeout:
	 * releasing what a request held (an algorithm's projection) must not be refused
	 * because the request ran out of time.
	 */
	public static <T> T aside(Work<T> work) throws Exception {
		Budget current = CURRENT.get();
		CURRENT.remove();
		try {
			return work.run();
		}
		finally {
			if (current != null) {
				CURRENT.set(current);
			}
		}
	}

	/**
	 * Waits for work that runs on another thread (an algorithm computed once for many
	 * requests), no longer than this thread's request has left; the work itself goes on.
	 * Without an open deadline it waits until the work ends.
	 * @throws Passed if the deadline passes first
	 */
	public static <T> T await(Future<T> work) {
		Budget budget = CURRENT.get();
		try {
			if (budget == null || budget.closed) {
				return work.get();
			}
			return work.get(Math.max(0, budget.end - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			throw new Passed();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Passed();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * The statement timeout to use now: the configured one, or less if the request's
	 * deadline is nearer.
	 * @throws Passed if the deadline has passed
	 */
	static Duration timeout(Duration configured) {
		Budget budget = CURRENT.get();
		if (budget == null || budget.closed) {
			return configured;
		}
		long left = budget.end - System.nanoTime();
		// Under a millisecond left is none: a timeout rounded down to 0 would mean no
		// timeout at all.
		if (left < 1_000_000) {
			throw new Passed();
		}
		return (left < configured.toNanos()) ? Duration.ofNanos(left) : configured;
	}

	/** One request's time. */
	public static final class Budget {

		private final long end;

		private volatile boolean closed;

		private Budget(long end) {
			this.end = end;
		}

		/** Ends the deadline, and on the thread that opened it, removes it. */
		public void close() {
			this.closed = true;
			if (CURRENT.get() == this) {
				CURRENT.remove();
			}
		}

	}

	/** Work run under a deadline. */
	@FunctionalInterface
	public interface Work<T> {

		T run() throws Exception;

	}

	/** The request has used all of its time; what it still asks for is not run. */
	public static final class Passed extends RuntimeException {

		Passed() {
			super("The request ran longer than the server allows (oversight.limits.query-timeout); narrow it", null,
					false, false);
		}

	}

}
