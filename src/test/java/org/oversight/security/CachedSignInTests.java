package org.oversight.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's concurrent requests arriving when their remembered sign-in is gone (the first
 * requests, or every minute when it expires) pay bcrypt once, not once each in turn.
 */
class CachedSignInTests {

	@Test
	void concurrentRequestsOfOneUserCheckTheHashOnce() throws Exception {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(10);
		AtomicInteger checks = new AtomicInteger();
		PasswordEncoder counting = new PasswordEncoder() {
			@Override
			public String encode(CharSequence raw) {
				return bcrypt.encode(raw);
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				checks.incrementAndGet();
				return bcrypt.matches(raw, encoded);
			}
		};
		var users = new InMemoryUserDetailsManager(
				User.withUsername("wang").password(bcrypt.encode("a-long-password")).roles("ANALYST").build());
		CachedSignIn signIn = new CachedSignIn(users, counting, null);
		int clients = 8;
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Authentication>> answers = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			answers.add(pool.submit(() -> {
				start.await();
				return signIn.authenticate(new UsernamePasswordAuthenticationToken("wang", "a-long-password"));
			}));
		}
		start.countDown();
		for (Future<Authentication> answer : answers) {
			assertThat(answer.get().isAuthenticated()).isTrue();
			assertThat(answer.get().getName()).isEqualTo("wang");
		}
		pool.shutdown();
		assertThat(checks).hasValue(1);
	}

}
