package org.oversight.algorithm;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.security.Role;
import org.oversight.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The algorithms on the sample city ({@code import/sample/stories.md}): the planted
 * stories come out as rings, and nothing reveals a lead or a case. Asserts what the
 * stories plant, not the exact figures, which move when the sample grows.
 */
@GraphTest
@TestPropertySource(properties = "oversight.load-sample=true")
class AlgorithmSampleIT {

	static final ParameterizedTypeReference<List<Map<String, Object>>> ROWS = new ParameterizedTypeReference<>() {
	};

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient client;

	@Autowired
	UserService users;

	@SuppressWarnings("unchecked")
	private static Set<String> members(Map<String, Object> ring) {
		return ((List<Map<String, Object>>) ring.get("members")).stream()
			.map((m) -> (String) m.get("id"))
			.collect(Collectors.toSet());
	}

	@Test
	void thePlantedKickbackConflictAndLoopStoriesAreRings() {
		List<Map<String, Object>> rings = this.graphQl
			.document("{ rings(minSize: 2, first: 200) { mixed members { id } } }")
			.execute()
			.path("rings")
			.entity(ROWS)
			.get();
		// Story 4: the sports bureau head, his wife and the contractor paying her.
		assertThat(rings).anySatisfy((r) -> {
			assertThat(members(r)).contains("PER-S4-HE", "PER-S4-HE-WIFE", "CO-S4-TY", "ACC-P-S4-HE-WIFE");
			assertThat(r).containsEntry("mixed", true);
		});
		// Story 6: the deputy director, his wife's company and her brother.
		assertThat(rings).anySatisfy((r) -> {
			assertThat(members(r)).contains("PER-S6-WANG", "PER-S6-WIFE", "PER-S6-BRO", "CO-S6-QY");
			assertThat(r).containsEntry("mixed", true);
		});
		// Story 9: the two companies the city investment money looped through.
		assertThat(rings).anySatisfy((r) -> assertThat(members(r)).contains("ACC-CO-S9-DS", "ACC-CO-S9-HJ"));
	}

	@Test
	void brokersAndLookAlikesAreRankedPersonsCompaniesAndOrganizations() {
		List<Map<String, Object>> brokers = this.graphQl
			.document("{ brokers(first: 20) { entity { kind } score crossCounty } }")
			.execute()
			.path("brokers")
			.entity(ROWS)
			.get();
		assertThat(brokers).hasSize(20);
		assertThat(brokers)
			.allSatisfy((b) -> assertThat(((Map<?, ?>) b.get("entity")).get("kind")).isIn("Person", "Company"));
		assertThat(brokers).anySatisfy((b) -> assertThat(b).containsEntry("crossCounty", true));
		List<Double> scores = brokers.stream().map((b) -> (Double) b.get("score")).toList();
		assertThat(scores).isSortedAccordingTo((x, y) -> Double.compare(y, x));

		List<Map<String, Object>> similar = this.graphQl
			.document("{ similarOrganizations(id: \"ORG-QA-TYJ\") { organization { id } similarity } }")
			.execute()
			.path("similarOrganizations")
			.entity(ROWS)
			.get();
		assertThat(similar).isNotEmpty()
			.allSatisfy((s) -> assertThat((Double) s.get("similarity")).isBetween(0.0, 1.0).isPositive());
	}

	@Test
	void anAnalystSeesNoLeadOrCaseOfTheSample() {
		String login = TestData.prefix() + "analyst";
		this.users.save(login, "a-long-test-password", Role.ANALYST, null, null, null);
		for (String query : List.of("{ rings(minSize: 2, first: 200) { subgraph { nodes { id } edges { from to } } } }",
				"{ rings(method: LOUVAIN, minSize: 2, first: 200) { members { id } } }",
				"{ brokers(first: 200) { entity { id } } }",
				"{ similarOrganizations(id: \"ORG-QA-TYJ\", first: 200) { organization { id } } }")) {
			String body = this.client.post()
				.uri("/graphql")
				.headers((h) -> h.setBasicAuth(login, "a-long-test-password"))
				.header("Content-Type", "application/json")
				.bodyValue(Map.of("query", query))
				.exchange()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(body).contains("\"data\"")
				.doesNotContain("\"errors\"")
				.doesNotContain("LEAD-")
				.doesNotContain("CASE-");
		}
	}

}
