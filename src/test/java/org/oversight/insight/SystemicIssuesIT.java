package org.oversight.insight;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.oversight.TestGraphQl;
import org.oversight.security.Role;
import org.oversight.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Systemic issues reproduce the sample's independently computed list, and cross-case
 * commonality never shows a lead to a user who may not see it.
 */
@GraphTest
@TestPropertySource(properties = "oversight.load-sample=true")
class SystemicIssuesIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient client;

	@Autowired
	UserService users;

	@Test
	void reproducesTheSamplesSystemicIssues() throws IOException {
		JsonNode expected = new ObjectMapper().readTree(Path.of("import/sample/expected-stats.json").toFile())
			.get("systemicIssues");
		List<String> want = new ArrayList<>();
		expected.forEach((i) -> want.add(i.get("sector").asText() + "/" + i.get("category").asText() + " "
				+ i.get("orgCount").asInt() + "/" + i.get("targets").asInt() + " " + i.get("share").asDouble()));
		List<Map> issues = this.graphQl
			.document("{ systemicIssues { sector category orgCount targets share findings regulator sectorZh "
					+ "organizations { id } byLevel { level orgs } trend { roundId orgs findings } } }")
			.execute()
			.path("systemicIssues")
			.entityList(Map.class)
			.get();
		List<String> got = issues.stream()
			.map((i) -> i.get("sector") + "/" + i.get("category") + " " + i.get("orgCount") + "/" + i.get("targets")
					+ " " + ((Number) i.get("share")).doubleValue())
			.toList();
		assertThat(got).containsExactlyInAnyOrderElementsOf(want);
		assertThat(issues).extracting((i) -> ((Number) i.get("share")).doubleValue())
			.isSortedAccordingTo((a, b) -> Double.compare(b, a));
		Map education = issues.stream().filter((i) -> "EDUCATION".equals(i.get("sector"))).findFirst().orElseThrow();
		assertThat(education.get("regulator")).isEqualTo("教育局");
		assertThat((List) education.get("organizations")).hasSize((Integer) education.get("orgCount"));
		int byLevel = ((List<Map>) education.get("byLevel")).stream().mapToInt((l) -> (Integer) l.get("orgs")).sum();
		assertThat(byLevel).isEqualTo(education.get("orgCount"));
		assertThat((List) education.get("trend")).isNotEmpty();
	}

	@Test
	void aStricterThresholdKeepsFewerIssuesAndBadThresholdsAreRefused() {
		int all = this.graphQl.document("{ systemicIssues { sector } }")
			.execute()
			.path("systemicIssues")
			.entityList(Map.class)
			.get()
			.size();
		int strict = this.graphQl.document("{ systemicIssues(minShare: 0.7) { share } }")
			.execute()
			.path("systemicIssues")
			.entityList(Map.class)
			.get()
			.size();
		assertThat(strict).isPositive().isLessThan(all);
		this.graphQl.document("{ systemicIssues(minShare: 1.5) { sector } }").execute().errors().satisfy((errors) -> {
			assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_REQUEST");
			assertThat(errors.get(0).getMessage()).contains("minShare");
		});
		this.graphQl.document("{ systemicIssues(termId: \"NO-TERM\") { sector } }")
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND");
			});
	}

	@Test
	void commonEntitiesShowLeadsOnlyToThoseWhoMaySeeThem() {
		String query = "{ commonEntities(minOrgs: 2, first: 200) { entity { id } items { id kind } organizations { id } levels } }";
		List<Map> admin = this.graphQl.document(query).execute().path("commonEntities").entityList(Map.class).get();
		assertThat(admin).anySatisfy((c) -> {
			assertThat(((Map) c.get("entity")).get("id")).isEqualTo("CO-S8-HX");
			assertThat((List<Map>) c.get("items")).extracting((i) -> i.get("id")).contains("LEAD-S8-01", "LEAD-S8-02");
			assertThat((List) c.get("levels")).contains("CITY", "COUNTY");
		});
		this.users.save("common-analyst", "a-long-test-password", Role.ANALYST, null, null, null);
		List<Map> analyst = TestGraphQl.as(this.client, "common-analyst", "a-long-test-password")
			.document(query)
			.execute()
			.path("commonEntities")
			.entityList(Map.class)
			.get();
		assertThat(analyst).isNotEmpty()
			.allSatisfy((c) -> assertThat((List<Map>) c.get("items")).extracting((i) -> i.get("kind"))
				.doesNotContain("Lead", "Case"));
	}

}
