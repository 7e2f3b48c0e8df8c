package org.oversight.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * HTTP Basic over everything but the health probe and the workbench's static files,
 * stateless (no session cookie); the workbench's form sign-in with a session and CSRF
 * tokens ({@link WorkbenchSignIn}); accounts locked for a while after repeated failures;
 * security headers with a content security policy that lets the bundled explorer run and
 * nothing from elsewhere.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	static final int LOCK_AFTER_FAILURES = 5;

	static final Duration LOCK_FOR = Duration.ofMinutes(15);

	/**
	 * Requests with HTTP Basic credentials — scripts, GraphiQL, the API's clients — in a
	 * chain of their own that never creates a session: each request signs in by itself
	 * and leaves with no cookie.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain basicChain(HttpSecurity http, @Value("${oversight.graphiql.enabled:true}") boolean graphiql)
			throws Exception {
		http.securityMatcher(WorkbenchSignIn.BASIC);
		common(http, graphiql).httpBasic(Customizer.withDefaults())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			// Credentials in a header, never sent by a browser on its own: no CSRF.
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	/**
	 * Everything else: the workbench's form sign-in and session
	 * ({@link WorkbenchSignIn}).
	 */
	@Bean
	@Order(2)
	SecurityFilterChain workbenchChain(HttpSecurity http, @Value("${oversight.graphiql.enabled:true}") boolean graphiql)
			throws Exception {
		common(http, graphiql).httpBasic(Customizer.withDefaults())
			.with(new WorkbenchSignIn(), Customizer.withDefaults());
		return http.build();
	}

	/** What both chains allow, and the security headers of every answer. */
	private static HttpSecurity common(HttpSecurity http, boolean graphiql) throws Exception {
		return http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers("/actuator/health/**").permitAll();
			// The workbench's page and files hold no data; it signs in at /login. The
			// error page must answer any method, or a refusal (403) would turn into a
			// 401.
			requests.requestMatchers(HttpMethod.GET, "/", "/index.html", "/workbench/**").permitAll();
			requests.requestMatchers("/error").permitAll();
			if (!graphiql) {
				// Production may turn the explorer off; the API stays.
				requests.requestMatchers("/graphiql", "/graphiql/**").denyAll();
			}
			requests.anyRequest().authenticated();
		})
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
							+ "font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'")));
	}

	@Bean
	AuthenticationProvider signIn(UserDetailsService users, PasswordEncoder encoder, UserStore store) {
		return new CachedSignIn(users, encoder, store);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return UserService.PASSWORDS;
	}

	@Bean
	UserDetailsService userDetailsService(UserStore store) {
		return (name) -> store.find(name)
			.map((user) -> new Principal(User.withUsername(user.name())
				.password(user.passwordHash())
				.roles(user.role().name())
				.accountLocked(user.lockedAt(UserStore.now()))
				.build(), user))
			.orElseThrow(() -> new UsernameNotFoundException(name));
	}

	/**
	 * Clears the count of failed sign-ins once a user signs in (failures are counted by
	 * {@link CachedSignIn}).
	 */
	@Configuration(proxyBeanMethods = false)
	static class LoginAttempts {

		private final UserStore store;

		LoginAttempts(UserStore store) {
			this.store = store;
		}

		@EventListener
		void succeeded(AuthenticationSuccessEvent event) {
			// Only a user with failures on record costs a write; every request signs in.
			if (event.getAuthentication().getPrincipal() instanceof Principal principal
					&& principal.user().failedLogins() > 0) {
				this.store.loginSucceeded(principal.user().name());
			}
		}

	}

}
