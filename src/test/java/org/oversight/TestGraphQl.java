package org.oversight;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The GraphQL tester tests get by default: signed in as the administrator. Tests of other
 * roles build their own with {@link #as(WebTestClient, String, String)}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestGraphQl {

	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "test-admin-password";

	@Bean
	HttpGraphQlTester httpGraphQlTester(WebTestClient client) {
		return as(client, ADMIN, ADMIN_PASSWORD);
	}

	public static HttpGraphQlTester as(WebTestClient client, String user, String password) {
		return HttpGraphQlTester.create(
				client.mutate().baseUrl(baseUrl(client)).defaultHeaders((h) -> h.setBasicAuth(user, password)).build());
	}

	/**
	 * A raw request to the API as this user (null for none), for tests of HTTP itself.
	 */
	public static WebTestClient.ResponseSpec post(WebTestClient client, String user, String password) {
		return client.post().uri("/graphql").headers((h) -> {
			if (user != null) {
				h.setBasicAuth(user, password);
			}
		}).header("Content-Type", "application/json").bodyValue("{\"query\":\"{ __typename }\"}").exchange();
	}

	/** The raw JSON body of one request as this user, for tests that search it whole. */
	public static String raw(WebTestClient client, String user, String password, String query) {
		return client.post()
			.uri("/graphql")
			.headers((h) -> h.setBasicAuth(user, password))
			.header("Content-Type", "application/json")
			.bodyValue(java.util.Map.of("query", query))
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static String baseUrl(WebTestClient client) {
		return "/graphql";
	}

}
