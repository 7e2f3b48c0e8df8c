package org.oversight.explore;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * Neighbourhoods, paths, connections and timelines on the sample city, through GraphQL:
 * what they find, their bounds, and that a lead or case the caller may not see is never
 * on them.
 */
@GraphTest
@TestPropertySource(properties = "oversight.load-sample=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExploreIT {

	static final String PASSWORD = "a-long-test-password";

	static final String SUBGRAPH = "{ truncated nodes { id kind name } edges { type from to id } }";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient client;

	@Autowired
	UserService users;

	@BeforeAll
	void users() {
		this.users.save("explore-analyst", PASSWORD, Role.ANALYST, null, null, null);
		// PER-0020 leads TEAM-QA-7-02-1, which owns LEAD-S8-01 but not LEAD-S8-02 (a
		// county team's).
		this.users.save("explore-inspector", PASSWORD, Role.INSPECTOR, "PER-0020", null, null);
	}

	HttpGraphQlTester analyst() {
		return TestGraphQl.as(this.client, "explore-analyst", PASSWORD);
	}

	HttpGraphQlTester inspector() {
		return TestGraphQl.as(this.client, "explore-inspector", PASSWORD);
	}

	@Test
	void neighbourhoodDrawsTheOfficialHisWifeAndHisBureau() {
		Map<String, Object> graph = subgraph(this.graphQl, "neighborhood(id: \"PER-S6-WANG\", hops: 1)");
		assertThat(ids(graph)).contains("PER-S6-WANG", "PER-S6-WIFE", "ORG-LQ-SLJ");
		assertThat(edges(graph)).anySatisfy((e) -> assertThat(e).containsEntry("type", "RELATED_TO")
			.containsEntry("from", "PER-S6-WANG")
			.containsEntry("to", "PER-S6-WIFE"));
		assertEdgesJoinNodes(graph);
		assertThat(graph.get("truncated")).isEqualTo(false);
	}

	@Test
	void neighbourhoodFollowsOnlyTheTypesAskedAndStopsAtTheLimit() {
		Map<String, Object> family = subgraph(this.graphQl,
				"neighbourhood(ids: [\"PER-S6-WANG\"], hops: 2, types: [\"RELATED_TO\", \"COMPANY_ROLE\"])");
		assertThat(ids(family)).contains("PER-S6-WIFE", "PER-S6-BRO", "CO-S6-QY").doesNotContain("ORG-LQ-SLJ");
		assertThat(edges(family)).allSatisfy((e) -> assertThat(e.get("type")).isIn("RELATED_TO", "COMPANY_ROLE"));

		Map<String, Object> capped = subgraph(this.graphQl, "neighborhood(id: \"ORG-QA-SW\", hops: 3, limit: 10)");
		assertThat(ids(capped)).hasSize(10);
		assertThat(capped.get("truncated")).isEqualTo(true);
		assertEdgesJoinNodes(capped);
	}

	@Test
	void neighbourhoodKeepsTiesOfTheTimeWindow() {
		Map<String, Object> before = subgraph(this.graphQl,
				"neighborhood(id: \"PER-S6-WANG\", types: [\"HOLDS_POSITION\"], to: \"2015-12-31\")");
		assertThat(ids(before)).doesNotContain("ORG-LQ-SLJ");
		Map<String, Object> during = subgraph(this.graphQl,
				"neighborhood(id: \"PER-S6-WANG\", types: [\"HOLDS_POSITION\"], from: \"2020-01-01\", to: \"2020-12-31\")");
		assertThat(ids(during)).contains("ORG-LQ-SLJ");
	}

	@Test
	void boundsAndBadArgumentsAreClearErrors() {
		assertError("neighborhood(id: \"PER-S6-WANG\", hops: 4) { truncated }", "LIMIT_EXCEEDED",
				"hops must be between 1 and 3");
		assertError("paths(from: \"PER-S6-WANG\", to: \"CO-S6-QY\", maxHops: 7) { length }", "LIMIT_EXCEEDED",
				"maxHops must be between 1 and 6");
		assertError("neighborhood(id: \"PER-S6-WANG\", types: [\"KNOWS\"]) { truncated }", "BAD_REQUEST",
				"'KNOWS' is not a relationship type");
		assertError("neighborhood(id: \"NO-SUCH-ID\") { truncated }", "NOT_FOUND", "NO-SUCH-ID");
		assertError("timeline(id: \"PER-S6-WANG\", from: \"last year\") { date }", "BAD_REQUEST",
				"from must be a date");
		assertError("connections(ids: [\"PER-S6-WANG\"]) { distance }", "BAD_REQUEST", "at least two");
	}

	@Test
	void pathsAreShortestFirstAndReadAsASentence() {
		List<Map<String, Object>> paths = this.graphQl.document("""
				{ paths(from: "PER-S6-BRO", to: "ORG-LQ-SLJ", maxHops: 4, first: 20) {
				    length sentence sentenceZh nodes { id name } edges { type from to } } }""")
			.execute()
			.path("paths")
			.entityList(Map.class)
			.get()
			.stream()
			.map((p) -> (Map<String, Object>) p)
			.toList();
		assertThat(paths).isNotEmpty();
		assertThat(paths.get(0).get("length")).isEqualTo(3);
		Map<String, Object> family = paths.stream()
			.filter((p) -> ids(p).equals(List.of("PER-S6-BRO", "PER-S6-WIFE", "PER-S6-WANG", "ORG-LQ-SLJ")))
			.findFirst()
			.orElseThrow();
		assertThat((String) family.get("sentence")).contains("陈某华 — is the SIBLING of — 陈某英 — is the SPOUSE of — 王某某",
				"holds a position at (党组成员、副局长");
		// In Chinese, as a link chart reads it: arrows in the stored direction, codes by
		// their terms.
		assertThat((String) family.get("sentenceZh")).startsWith("陈某华 ←兄弟姐妹— 陈某英 ←配偶— 王某某 —任职（党组成员、副局长");
		assertThat(paths).extracting((p) -> (Integer) p.get("length")).isSorted();
	}

	@Test
	void timeValidPathsNeedTiesThatExistedTogether() {
		// PER-S10-LIU was deputy head of the transport bureau until 2020 and joined the
		// inspection team in 2022.
		String query = "{ paths(from: \"PER-S10-LIU\", to: \"ORG-QA-JTJ\", maxHops: 1, types: [\"HOLDS_POSITION\"], timeValid: %s) { length } }";
		assertThat(this.graphQl.document(query.formatted("false")).execute().path("paths").entityList(Map.class).get())
			.hasSize(1);
		String together = "{ paths(from: \"TEAM-QA-7-01-2\", to: \"ORG-QA-JTJ\", maxHops: 3, types: [\"MEMBER_OF\", \"HOLDS_POSITION\", \"TARGETS\"], timeValid: %s) { length nodes { id } } }";
		List<Map> any = this.graphQl.document(together.formatted("false"))
			.execute()
			.path("paths")
			.entityList(Map.class)
			.get();
		List<Map> valid = this.graphQl.document(together.formatted("true"))
			.execute()
			.path("paths")
			.entityList(Map.class)
			.get();
		assertThat(any).anySatisfy((p) -> assertThat(ids(p)).contains("PER-S10-LIU"));
		assertThat(valid).noneSatisfy((p) -> assertThat(ids(p)).contains("PER-S10-LIU"));
	}

	@Test
	void connectionsFindTheCompanyTwoLeadsShare() {
		List<Map> found = this.graphQl.document("""
				{ connections(ids: ["LEAD-S8-01", "LEAD-S8-02"], maxHops: 1) {
				    entity { id } reaches distance evidence { nodes { id } edges { type from to } } } }""")
			.execute()
			.path("connections")
			.entityList(Map.class)
			.get();
		assertThat(found).isNotEmpty();
		assertThat(((Map) found.get(0).get("entity")).get("id")).isEqualTo("CO-S8-HX");
		assertThat(found.get(0).get("reaches")).isEqualTo(List.of("LEAD-S8-01", "LEAD-S8-02"));
		assertThat(found.get(0).get("distance")).isEqualTo(2);
		assertThat(ids((Map) found.get(0).get("evidence"))).contains("LEAD-S8-01", "LEAD-S8-02", "CO-S8-HX");
	}

	@Test
	void timelineListsAPersonsCareerAndDisciplineInDateOrder() {
		List<Map> events = this.graphQl
			.document("{ timeline(id: \"PER-S1-YANG\") { date field summary entity { id kind } } }")
			.execute()
			.path("timeline")
			.entityList(Map.class)
			.get();
		assertThat(events).extracting((e) -> (String) e.get("date")).isSorted();
		assertThat(events).extracting((e) -> ((Map) e.get("entity")).get("id"))
			.contains("ORG-BY-TDCB", "SAN-S1-1", "LEAD-S1-01", "CASE-S1");
	}

	@Test
	void timelineLinesReadAmountsAsYuanAndCodesInChinese() {
		List<String> lines = this.graphQl.document("{ timeline(id: \"ORG-QX-JTJ\") { summary } }")
			.execute()
			.path("timeline[*].summary")
			.entityList(String.class)
			.get();
		assertThat(lines).anySatisfy((l) -> assertThat(l).startsWith("资金往来").contains("¥6,115,800"))
			.noneSatisfy((l) -> assertThat(l).containsAnyOf("ALLOCATION", "PAYMENT", "6115800.0"));
	}

	@Test
	void anAnalystNeverMeetsALeadOrACaseOnAnyRoute() {
		HttpGraphQlTester analyst = analyst();
		Map<String, Object> around = subgraph(analyst, "neighborhood(id: \"CO-S8-HX\", hops: 3, limit: 1000)");
		assertThat(kinds(around)).doesNotContain("Lead", "Case");
		assertThat(ids(around)).noneMatch((id) -> id.startsWith("LEAD-") || id.startsWith("CASE-"));

		assertError(analyst, "paths(from: \"LEAD-S8-01\", to: \"CO-S8-HX\") { length }", "NOT_FOUND", "LEAD-S8-01");
		assertError(analyst, "neighborhood(id: \"CASE-S8\") { truncated }", "NOT_FOUND", "CASE-S8");
		assertError(analyst, "timeline(id: \"LEAD-S8-02\") { date }", "NOT_FOUND", "LEAD-S8-02");
		assertError(analyst, "connections(ids: [\"LEAD-S8-01\", \"PER-S8-DENG\"]) { distance }", "NOT_FOUND",
				"LEAD-S8-01");

		List<Map> paths = analyst
			.document("{ paths(from: \"PER-S8-DENG\", to: \"CO-S8-HX\", maxHops: 6, first: 50) { nodes { id kind } } }")
			.execute()
			.path("paths")
			.entityList(Map.class)
			.get();
		assertThat(paths).isNotEmpty().allSatisfy((p) -> assertThat(kinds(p)).doesNotContain("Lead", "Case"));

		List<Map> events = analyst.document("{ timeline(id: \"PER-S1-YANG\", first: 1000) { entity { id kind } } }")
			.execute()
			.path("timeline")
			.entityList(Map.class)
			.get();
		assertThat(events).isNotEmpty()
			.allSatisfy((e) -> assertThat(((Map) e.get("entity")).get("kind")).isNotIn("Lead", "Case"));

		List<Map> connectors = analyst
			.document(
					"{ connections(ids: [\"PER-S8-DENG\", \"PER-0835\"], maxHops: 3) { evidence { nodes { kind } } } }")
			.execute()
			.path("connections")
			.entityList(Map.class)
			.get();
		assertThat(connectors)
			.allSatisfy((c) -> assertThat(kinds((Map) c.get("evidence"))).doesNotContain("Lead", "Case"));
	}

	@Test
	void anInspectorSeesTheLeadsOfTheirJointInspectionButNoOthers() {
		// TEAM-QA-7-02-1's round is joint with the county round that owns LEAD-S8-02.
		Map<String, Object> joint = subgraph(inspector(), "neighborhood(id: \"CO-S8-HX\", hops: 1)");
		assertThat(ids(joint)).contains("LEAD-S8-01", "LEAD-S8-02");
		Map<String, Object> other = subgraph(inspector(), "neighborhood(id: \"CO-S6-QY\", hops: 1)");
		assertThat(ids(other)).doesNotContain("LEAD-S6-01");
		assertError(inspector(), "timeline(id: \"LEAD-S6-01\") { date }", "NOT_FOUND", "LEAD-S6-01");
	}

	// helpers

	@SuppressWarnings("unchecked")
	Map<String, Object> subgraph(HttpGraphQlTester tester, String field) {
		String name = field.substring(0, field.indexOf('('));
		return (Map<String, Object>) tester.document("{ " + field + " " + SUBGRAPH + " }")
			.execute()
			.path(name)
			.entity(Map.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	static List<String> ids(Map<String, Object> graph) {
		return ((List<Map<String, Object>>) graph.get("nodes")).stream().map((n) -> (String) n.get("id")).toList();
	}

	@SuppressWarnings("unchecked")
	static List<String> kinds(Map<String, Object> graph) {
		return ((List<Map<String, Object>>) graph.get("nodes")).stream().map((n) -> (String) n.get("kind")).toList();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> edges(Map<String, Object> graph) {
		return (List<Map<String, Object>>) graph.get("edges");
	}

	static void assertEdgesJoinNodes(Map<String, Object> graph) {
		List<String> ids = ids(graph);
		assertThat(edges(graph)).isNotEmpty()
			.allSatisfy((e) -> assertThat(ids).contains((String) e.get("from"), (String) e.get("to")));
	}

	void assertError(String field, String code, String message) {
		assertError(this.graphQl, field, code, message);
	}

	static void assertError(HttpGraphQlTester tester, String field, String code, String message) {
		tester.document("{ " + field + " }").execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", code);
			assertThat(errors.get(0).getMessage()).contains(message);
		});
	}

}
