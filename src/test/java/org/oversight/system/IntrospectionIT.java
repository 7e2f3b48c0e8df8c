package org.oversight.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.oversight.TestGraphQl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Under the default limits, the introspection queries that real clients send (graphql-js'
 * standard one, depth 15, which code generators use, and GraphiQL's with every option)
 * are answered whole, while introspection stays bounded by its own rules: a query that
 * walks the schema over and over is refused with {@code LIMIT_EXCEEDED}.
 */
@GraphTest
class IntrospectionIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient client;

	/** The administrator, with room for the whole schema (about 0.5 MB of JSON). */
	private HttpGraphQlTester wholeSchema() {
		return TestGraphQl.as(
				this.client.mutate().codecs((c) -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build(),
				TestGraphQl.ADMIN, TestGraphQl.ADMIN_PASSWORD);
	}

	@Test
	void theStandardIntrospectionQueriesOfRealClientsAreAnswered() {
		for (String document : List.of("introspectionGraphqlJs", "introspectionGraphiql")) {
			wholeSchema().documentName(document)
				.execute()
				.errors()
				.verify()
				.path("__schema.queryType.name")
				.entity(String.class)
				.isEqualTo("Query")
				.path("__schema.types[*].name")
				.entityList(String.class)
				.contains("Organization", "Lead", "RedFlag", "Alert")
				.path("__schema.types[?(@.name == 'Query')].fields[*].name")
				.entityList(String.class)
				.contains("organizations", "redFlags", "alerts");
		}
	}

	@Test
	void introspectionThatWalksTheSchemaAgainAndAgainIsRefused() {
		this.graphQl.document("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }")
			.execute()
			.errors()
			.expect((e) -> "LIMIT_EXCEEDED".equals(e.getExtensions().get("code")))
			.verify()
			.path("__schema")
			.pathDoesNotExist();
	}

	@Test
	void aPlainQueryIsStillBoundedByDepth() {
		this.graphQl
			.document("{ organizations { nodes { parent { parent { parent { parent { parent { parent { parent "
					+ "{ parent { parent { parent { parent { name } } } } } } } } } } } } } }")
			.execute()
			.errors()
			.expect((e) -> "LIMIT_EXCEEDED".equals(e.getExtensions().get("code"))
					&& e.getMessage().contains("oversight.limits.max-depth"))
			.verify();
	}

}
