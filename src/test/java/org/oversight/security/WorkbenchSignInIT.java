package org.oversight.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.TestGraphQl;
import org.oversight.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench's form sign-in beside HTTP Basic: the same users, lock-out and audit; a
 * session cookie whose every change must carry the CSRF token; Basic untouched.
 */
@GraphTest
class WorkbenchSignInIT {

	static final String PASSWORD = "a-long-test-password";

	/**
	 * A client of the real server (cookies, sessions and forwards as a browser meets
	 * them).
	 */
	WebTestClient client;

	@Autowired
	UserService users;

	@Autowired
	AuditLog audit;

	String p;

	@BeforeEach
	void aUser(@LocalServerPort int port) {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(java.time.Duration.ofSeconds(120))
			.build();
		this.p = TestData.prefix();
		this.users.save(this.p + "analyst", PASSWORD, Role.ANALYST, null, null, null);
	}

	@Test
	void theWorkbenchIsServedAtTheRootWithoutSigningIn() {
		this.client.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectCookie()
			.exists("XSRF-TOKEN")
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("研判工作台").contains("/workbench/assets/"));
	}

	@Test
	void signsInWithTheFormThenUsesTheApiWithTheSessionAndTheToken() {
		Browser browser = new Browser();
		EntityExchangeResult<String> signedIn = browser.signIn(this.p + "analyst", PASSWORD);
		assertThat(signedIn.getStatus()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(browser.session).isNotNull();
		browser.graphQl(document("me"), true)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.me.name")
			.isEqualTo(this.p + "analyst")
			.jsonPath("$.data.me.roleZh")
			.isEqualTo("研判分析员")
			.jsonPath("$.data.me.pages")
			.isEqualTo(List.of("SEARCH", "NETWORK", "INVESTIGATIONS", "MONEY_TRAIL", "ALERTS", "COCKPIT"))
			.jsonPath("$.data.me.mayTriageAlerts")
			.isEqualTo(true)
			.jsonPath("$.data.me.mayRecordFigures")
			.isEqualTo(false);
		assertThat(this.audit.find(this.p + "analyst", "login", null, null, null, 10)).hasSize(1);
	}

	@Test
	void aWrongPasswordIsRefusedWithoutSayingWhetherTheUserExists() {
		Browser browser = new Browser();
		EntityExchangeResult<String> wrongPassword = browser.signIn(this.p + "analyst", "wrong-password");
		EntityExchangeResult<String> unknownUser = new Browser().signIn(this.p + "nobody", "wrong-password");
		assertThat(wrongPassword.getStatus().value()).isEqualTo(401);
		assertThat(unknownUser.getStatus().value()).isEqualTo(401);
		assertThat(browser.session).isNull();
		String wrongPasswordBody = String.valueOf(wrongPassword.getResponseBody());
		String unknownUserBody = String.valueOf(unknownUser.getResponseBody());
		assertThat(wrongPasswordBody).isEqualTo(unknownUserBody).contains("用户名或密码错误");
		assertThat(this.audit.find(this.p + "analyst", "login-failed", null, null, null, 10)).hasSize(1);
		browser.graphQl("{ me { name } }", true).expectStatus().isUnauthorized();
	}

	@Test
	void fiveFailedFormSignInsLockTheAccountForTheFormAndForBasic() {
		for (int i = 0; i < SecurityConfiguration.LOCK_AFTER_FAILURES; i++) {
			assertThat(new Browser().signIn(this.p + "analyst", "wrong-" + i).getStatus())
				.isEqualTo(HttpStatus.UNAUTHORIZED);
		}
		Browser browser = new Browser();
		assertThat(browser.signIn(this.p + "analyst", PASSWORD).getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(browser.session).isNull();
		TestGraphQl.post(this.client, this.p + "analyst", PASSWORD).expectStatus().isUnauthorized();
	}

	@Test
	void withoutTheTokenTheSignInAndEveryPostOnTheSessionAreRefused() {
		Browser browser = new Browser();
		this.client.post()
			.uri("/login")
			.cookie("XSRF-TOKEN", browser.token)
			.body(BodyInserters.fromFormData("username", this.p + "analyst").with("password", PASSWORD))
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(browser.signIn(this.p + "analyst", PASSWORD).getStatus()).isEqualTo(HttpStatus.NO_CONTENT);
		browser.graphQl("{ me { name } }", false).expectStatus().isForbidden();
		this.client.post()
			.uri("/graphql")
			.cookie("JSESSIONID", browser.session)
			.cookie("XSRF-TOKEN", browser.token)
			.header("X-XSRF-TOKEN", "forged-" + browser.token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ me { name } }"))
			.exchange()
			.expectStatus()
			.isForbidden();
		browser.graphQl("{ me { name } }", true).expectStatus().isOk();
	}

	@Test
	void signingOutEndsTheSession() {
		Browser browser = new Browser();
		assertThat(browser.signIn(this.p + "analyst", PASSWORD).getStatus()).isEqualTo(HttpStatus.NO_CONTENT);
		this.client.post()
			.uri("/logout")
			.cookie("JSESSIONID", browser.session)
			.cookie("XSRF-TOKEN", browser.token)
			.header("X-XSRF-TOKEN", browser.token)
			.exchange()
			.expectStatus()
			.isNoContent();
		browser.graphQl("{ me { name } }", true).expectStatus().isUnauthorized();
	}

	@Test
	void basicStaysStatelessAndTheWorkbenchGetsNoBasicPrompt() {
		TestGraphQl.post(this.client, this.p + "analyst", PASSWORD)
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist("Set-Cookie");
		this.client.post()
			.uri("/graphql")
			.header("X-Requested-With", "XMLHttpRequest")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ me { name } }"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.doesNotExist("WWW-Authenticate");
		TestGraphQl.post(this.client, null, null)
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.exists("WWW-Authenticate");
	}

	/** A GraphQL document of src/test/resources/graphql-test/ by name. */
	private static String document(String name) {
		try (var in = WorkbenchSignInIT.class.getResourceAsStream("/graphql-test/" + name + ".graphql")) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** A browser's cookie jar, as far as these tests need one. */
	private final class Browser {

		String token;

		String session;

		Browser() {
			EntityExchangeResult<byte[]> page = WorkbenchSignInIT.this.client.get()
				.uri("/")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.returnResult();
			this.token = page.getResponseCookies().getFirst("XSRF-TOKEN").getValue();
		}

		EntityExchangeResult<String> signIn(String name, String password) {
			EntityExchangeResult<String> result = WorkbenchSignInIT.this.client.post()
				.uri("/login")
				.cookie("XSRF-TOKEN", this.token)
				.header("X-XSRF-TOKEN", this.token)
				.header("X-Requested-With", "XMLHttpRequest")
				.body(BodyInserters.fromFormData("username", name).with("password", password))
				.exchange()
				.expectBody(String.class)
				.returnResult();
			ResponseCookie session = result.getResponseCookies().getFirst("JSESSIONID");
			if (session != null) {
				this.session = session.getValue();
			}
			// Signing in gives a new token (the old one dies with the anonymous state).
			ResponseCookie token = result.getResponseCookies().getFirst("XSRF-TOKEN");
			if (token != null && !token.getValue().isEmpty()) {
				this.token = token.getValue();
			}
			return result;
		}

		WebTestClient.ResponseSpec graphQl(String query, boolean withToken) {
			return WorkbenchSignInIT.this.client.post().uri("/graphql").headers((h) -> {
				if (withToken) {
					h.add("X-XSRF-TOKEN", this.token);
				}
				h.add("X-Requested-With", "XMLHttpRequest");
			}).cookies((c) -> {
				c.add("XSRF-TOKEN", this.token);
				if (this.session != null) {
					c.add("JSESSIONID", this.session);
				}
			}).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", query)).exchange();
		}

	}

}
