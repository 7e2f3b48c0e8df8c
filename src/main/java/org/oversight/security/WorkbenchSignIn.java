package org.oversight.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The workbench's sign-in, beside HTTP Basic: a form posted to {@code /login} starts a
 * session (cookie {@code JSESSIONID}), {@code /logout} ends it. The same users, the same
 * lock-out (the same authentication provider, {@link CachedSignIn}) and the same audit
 * (the same authentication events) as Basic.
 * <p>
 * A session cookie is sent by the browser whatever page made the request, so every
 * request that changes something and rides on a session, and the sign-in itself, must
 * carry the CSRF token: the page reads it from the cookie {@code XSRF-TOKEN} and sends it
 * as {@code X-XSRF-TOKEN}. Requests with Basic credentials and requests without a session
 * are exempt: the first are what scripts and GraphiQL send (unchanged, stateless), the
 * second carry nothing a forged request could use and are refused as unauthenticated.
 * <p>
 * Nothing here asks for a session: a Basic request never gets a cookie.
 */
final class WorkbenchSignIn extends AbstractHttpConfigurer<WorkbenchSignIn, HttpSecurity> {

	/**
	 * The header the workbench sends so that a refusal does not raise the browser's Basic
	 * prompt.
	 */
	static final RequestMatcher FROM_WORKBENCH = new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest");

	static final String FAILED = "用户名或密码错误，或账户因连续 " + SecurityConfiguration.LOCK_AFTER_FAILURES + " 次登录失败已锁定 "
			+ SecurityConfiguration.LOCK_FOR.toMinutes() + " 分钟";

	/** A request that carries HTTP Basic credentials. */
	static final RequestMatcher BASIC = (request) -> {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	};

	private static final String SIGN_IN = "/login";

	private static final RequestMatcher NEEDS_TOKEN = (request) -> switch (request.getMethod()) {
		case "GET", "HEAD", "OPTIONS", "TRACE" -> false;
		default ->
			!BASIC.matches(request) && (request.getSession(false) != null || "/login".equals(request.getServletPath()));
	};

	@Override
	public void init(HttpSecurity http) throws Exception {
		CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
		tokens.setCookieCustomizer((cookie) -> cookie.sameSite("Strict").path("/"));
		// The plain handler: the page sends the cookie's value as it is (BREACH masking
		// needs a token rendered into the page, and there is none). Tokens stay deferred:
		// a Basic request never loads one, so never gets a cookie.
		CsrfTokenRequestAttributeHandler plain = new CsrfTokenRequestAttributeHandler();
		// Requests with Basic credentials go to SecurityConfiguration's stateless chain;
		// here Basic only answers the challenge of a request that has none.
		http.formLogin((form) -> form.loginPage("/")
			.loginProcessingUrl(SIGN_IN)
			.successHandler((request, response, authentication) -> {
				csrfToken(request);
				response.setStatus(HttpStatus.NO_CONTENT.value());
			})
			.failureHandler(WorkbenchSignIn::failed)
			.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT))
				.deleteCookies("JSESSIONID"))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			// A refused request is not kept for replay after sign-in (it would need a
			// session).
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.csrf((csrf) -> csrf.csrfTokenRepository(tokens)
				.csrfTokenRequestHandler(plain)
				.requireCsrfProtectionMatcher(NEEDS_TOKEN))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint()));
	}

	@Override
	public void configure(HttpSecurity http) {
		http.addFilterAfter(new IssueToken(), CsrfFilter.class);
	}

	/**
	 * 401 for all; the Basic challenge (the browser's prompt) only outside the workbench.
	 */
	private static AuthenticationEntryPoint entryPoint() {
		BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
		basic.setRealmName("Oversight Graph");
		LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> points = new LinkedHashMap<>();
		points.put(FROM_WORKBENCH, new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
		DelegatingAuthenticationEntryPoint delegating = new DelegatingAuthenticationEntryPoint(points);
		delegating.setDefaultEntryPoint(basic);
		return delegating;
	}

	private static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		// One message for a wrong password, an unknown user and a locked account: the
		// answer does not tell which names exist.
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"error\":\"" + FAILED + "\"}");
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static void csrfToken(HttpServletRequest request) {
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			// Reading a deferred token writes its cookie.
			token.getToken();
		}
	}

	/**
	 * Makes sure a browser request without Basic credentials leaves with the
	 * {@code XSRF-TOKEN} cookie, so the page has a token before it signs in.
	 */
	private static final class IssueToken extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!BASIC.matches(request)) {
				csrfToken(request);
			}
			chain.doFilter(request, response);
		}

	}

}
