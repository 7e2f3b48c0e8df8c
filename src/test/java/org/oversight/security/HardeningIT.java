package org.oversight.security;

import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.oversight.TestGraphQl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every bound, each refusal a GraphQL error with a code that says the bound;
 * introspection and the explorer can be turned off for production.
 */
@GraphTest
@TestPropertySource(properties = { "oversight.limits.max-depth=4", "oversight.limits.max-complexity=12",
		"oversight.limits.max-aliases=3", "oversight.limits.max-answer-fields=20",
		"spring.graphql.schema.introspection.enabled=false", "oversight.graphiql.enabled=false" })
class HardeningIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient client;

	@Test
	void refusesQueriesNestedTooDeep() {
		this.graphQl.document("{ organizations { nodes { parent { parent { parent { name } } } } } }")
			.execute()
			.errors()
			.expect((e) -> e.getMessage().contains("6 levels of nesting; at most 4")
					&& "LIMIT_EXCEEDED".equals(e.getExtensions().get("code")))
			.verify();
	}

	@Test
	void refusesQueriesAskingTooMuch() {
		this.graphQl
			.document("{ organizations { nodes { id name orgKind level sector levelZh sectorZh orgKindZh "
					+ "parent { id name } children { id name } } } }")
			.execute()
			.errors()
			.expect((e) -> e.getMessage().contains("fields; at most 12")
					&& "LIMIT_EXCEEDED".equals(e.getExtensions().get("code")))
			.verify();
	}

	@Test
	void refusesTooManyAliases() {
		this.graphQl
			.document("{ a: node(id: \"x\") { id } b: node(id: \"y\") { id } c: node(id: \"z\") { id } "
					+ "d: node(id: \"w\") { id } }")
			.execute()
			.errors()
			.expect((e) -> e.getMessage().contains("4 aliases; at most 3")
					&& "LIMIT_EXCEEDED".equals(e.getExtensions().get("code")))
			.verify();
	}

	@Test
	void refusesAnAnswerGrownPastItsBound() {
		this.graphQl.document("{ redFlagRules { code title titleZh severity } }")
			.execute()
			.errors()
			.expect((e) -> e.getMessage().contains("past 20 fields")
					&& "LIMIT_EXCEEDED".equals(e.getExtensions().get("code"))
					&& "answer-fields".equals(e.getExtensions().get("field")))
			.verify()
			.path("redFlagRules")
			.pathDoesNotExist();
	}

	@Test
	void introspectionAndTheExplorerCanBeTurnedOff() {
		this.graphQl.document("{ __schema { types { name } } }")
			.execute()
			.errors()
			.expect((e) -> e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("introspection"))
			.verify()
			.path("__schema")
			.pathDoesNotExist();
		this.client.get()
			.uri("/graphiql/")
			.headers((h) -> h.setBasicAuth(TestGraphQl.ADMIN, TestGraphQl.ADMIN_PASSWORD))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void answersWithSecurityHeaders() {
		TestGraphQl.post(this.client, TestGraphQl.ADMIN, TestGraphQl.ADMIN_PASSWORD)
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.exists("Content-Security-Policy")
			.expectHeader()
			.doesNotExist("Set-Cookie")
			.expectHeader()
			.doesNotExist("Access-Control-Allow-Origin");
	}

}
