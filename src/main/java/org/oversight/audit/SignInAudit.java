package org.oversight.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-ins into the audit trail: every failure, and a success once per user and address
 * per half hour (with HTTP Basic every request signs in; one record each would bury the
 * trail).
 */
@Component
@ConditionalOnWebApplication
class SignInAudit {

	private static final Duration QUIET = Duration.ofMinutes(30);

	private final AuditLog log;

	private final Map<String, Instant> lastRecorded = new ConcurrentHashMap<>();

	SignInAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		this.log.record(event.getAuthentication().getName(), "login-failed", List.of(),
				event.getException().getClass().getSimpleName(), remote(event.getAuthentication().getDetails()));
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		String user = event.getAuthentication().getName();
		String remote = remote(event.getAuthentication().getDetails());
		Instant now = Instant.now();
		Instant last = this.lastRecorded.get(user + "@" + remote);
		if (last == null || last.plus(QUIET).isBefore(now)) {
			this.lastRecorded.put(user + "@" + remote, now);
			this.log.record(user, "login", List.of(), "ok", remote);
		}
	}

	private static String remote(Object details) {
		return (details instanceof WebAuthenticationDetails web) ? web.getRemoteAddress() : null;
	}

}
