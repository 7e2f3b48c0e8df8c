package org.oversight.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signs in with the stored bcrypt hash, and remembers a verified name and password (as a
 * SHA-256 digest, in memory only) for a minute: with HTTP Basic every request signs in,
 * and bcrypt is deliberately slow. A changed password or a lock takes effect within that
 * minute.
 */
final class CachedSignIn implements AuthenticationProvider {

	static final Duration REMEMBER = Duration.ofMinutes(1);

	private final DaoAuthenticationProvider dao;

	private final Map<String, Remembered> verified = new ConcurrentHashMap<>();

	private record Remembered(Authentication authentication, Instant until) {
	}

	private final UserStore store;

	private final Map<String, Object> attempts = new ConcurrentHashMap<>();

	CachedSignIn(UserDetailsService users, PasswordEncoder encoder, UserStore store) {
		this.dao = new DaoAuthenticationProvider(encoder);
		this.dao.setUserDetailsService(users);
		this.store = store;
	}

	@Override
	public Authentication authenticate(Authentication request) throws AuthenticationException {
		String key = key(request);
		Authentication remembered = remembered(key);
		if (remembered != null) {
			return remembered;
		}
		Object lock = this.attempts.computeIfAbsent(request.getName(), (name) -> new Object());
		synchronized (lock) {
			// Checked again inside the lock: when a remembered sign-in expires, the
			// user's concurrent requests queue here, and all but the first find the
			// password verified again instead of each paying bcrypt in turn.
			remembered = remembered(key);
			if (remembered != null) {
				return remembered;
			}
			Authentication authenticated = check(request);
			Instant now = Instant.now();
			this.verified.put(key, new Remembered(authenticated, now.plus(REMEMBER)));
			if (this.verified.size() > 10_000) {
				this.verified.values().removeIf((r) -> r.until().isBefore(now));
			}
			return authenticated;
		}
	}

	private Authentication remembered(String key) {
		Remembered remembered = this.verified.get(key);
		return (remembered != null && remembered.until().isAfter(Instant.now())) ? remembered.authentication() : null;
	}

	/**
	 * Checks the password, called with one attempt per name at a time, and counts a
	 * failure before the next attempt for that name is checked: guesses sent in parallel
	 * cannot all slip in before the lock.
	 */
	private Authentication check(Authentication request) {
		try {
			return this.dao.authenticate(request);
		}
		catch (BadCredentialsException ex) {
			this.store.loginFailed(request.getName(), SecurityConfiguration.LOCK_AFTER_FAILURES,
					SecurityConfiguration.LOCK_FOR);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> type) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
	}

	private static String key(Authentication request) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(request.getName().getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(String.valueOf(request.getCredentials()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
