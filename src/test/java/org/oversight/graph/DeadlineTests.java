package org.oversight.graph;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A request's deadline holds on its thread while it is open and never after: closed, or
 * replaced by the next request's, it no longer shortens or refuses a statement (a sign-in
 * on the same thread must not meet an old request's deadline).
 */
class DeadlineTests {

	private static final Duration CONFIGURED = Duration.ofSeconds(30);

	@Test
	void anOpenDeadlineShortensTheTimeoutAndRefusesOnceItHasPassed() {
		Deadline.Budget budget = Deadline.open(System.nanoTime() + Duration.ofSeconds(2).toNanos());
		try {
			assertThat(Deadline.timeout(CONFIGURED)).isLessThanOrEqualTo(Duration.ofSeconds(2));
		}
		finally {
			budget.close();
		}
		Deadline.Budget passed = Deadline.open(System.nanoTime() - 1);
		try {
			assertThatThrownBy(() -> Deadline.timeout(CONFIGURED)).isInstanceOf(Deadline.Passed.class);
		}
		finally {
			passed.close();
		}
		assertThat(Deadline.timeout(CONFIGURED)).isEqualTo(CONFIGURED);
	}

	@Test
	void aDeadlineLeftOpenByARequestIsReplacedByTheNextAndGoneWhenThatOneCloses() {
		Deadline.open(System.nanoTime() - 1);
		Deadline.Budget next = Deadline.open(System.nanoTime() + Duration.ofSeconds(5).toNanos());
		assertThat(Deadline.timeout(CONFIGURED)).isLessThanOrEqualTo(Duration.ofSeconds(5));
		next.close();
		assertThat(Deadline.timeout(CONFIGURED)).isEqualTo(CONFIGURED);
	}

	@Test
	void aBudgetClosedFromAnotherThreadNoLongerCounts() throws Exception {
		Deadline.Budget budget = Deadline.open(System.nanoTime() - 1);
		Thread other = new Thread(budget::close);
		other.start();
		other.join();
		assertThat(Deadline.timeout(CONFIGURED)).isEqualTo(CONFIGURED);
		budget.close();
	}

	@Test
	void waitingForWorkOnAnotherThreadEndsAtTheDeadlineWhileTheWorkGoesOn() {
		CompletableFuture<String> never = new CompletableFuture<>();
		Deadline.Budget budget = Deadline.open(System.nanoTime() + Duration.ofMillis(300).toNanos());
		long began = System.nanoTime();
		try {
			assertThatThrownBy(() -> Deadline.await(never)).isInstanceOf(Deadline.Passed.class);
		}
		finally {
			budget.close();
		}
		long waited = (System.nanoTime() - began) / 1_000_000;
		assertThat(waited).isBetween(250L, 5_000L);
		assertThat(never).isNotDone();
		never.complete("done");
		assertThat(Deadline.await(never)).isEqualTo("done");
	}

	@Test
	void aFailureOfTheAwaitedWorkIsThrownAsItself() {
		CompletableFuture<String> failed = CompletableFuture.failedFuture(new IllegalArgumentException("bad"));
		assertThatThrownBy(() -> Deadline.await(failed)).isInstanceOf(IllegalArgumentException.class).hasMessage("bad");
	}

}
