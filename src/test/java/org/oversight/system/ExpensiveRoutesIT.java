package org.oversight.system;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.oversight.graph.Cypher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expensive routes are bounded in size whatever they are asked: rings, brokers,
 * recusal screening, cross-inspection proposals and the audit trail. Timings are in
 * docs/benchmarks.md, not asserted here.
 */
@GraphTest
// The fuzzer's context: one sample database for both.
@TestPropertySource(
		properties = { "oversight.load-sample=true", "oversight.demo=true", "oversight.limits.query-timeout=20s" })
class ExpensiveRoutesIT {

	/** The statement timeout set above. */
	static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(20);

	static final ParameterizedTypeReference<List<Map<String, Object>>> ROWS = new ParameterizedTypeReference<>() {
	};

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Cypher cypher;

	private void refused(String query, String code, String field) {
		this.graphQl.document(query)
			.execute()
			.errors()
			.expect((e) -> code.equals(e.getExtensions().get("code"))
					&& (field == null || field.equals(e.getExtensions().get("field"))))
			.verify();
	}

	@Test
	@SuppressWarnings("unchecked")
	void ringsAndBrokersAreCappedAndTheCachedAnswerIsTheSame() {
		refused("{ rings(first: 201) { size } }", "LIMIT_EXCEEDED", "first");
		refused("{ brokers(first: 0) { score } }", "LIMIT_EXCEEDED", "first");
		String rings = "{ rings(minSize: 2, first: 200) { size members { id } subgraph { nodes { id } edges { from } truncated } } }";
		List<Map<String, Object>> first = this.graphQl.document(rings).execute().path("rings").entity(ROWS).get();
		assertThat(first).isNotEmpty().hasSizeLessThanOrEqualTo(200);
		for (Map<String, Object> ring : first) {
			Map<String, Object> subgraph = (Map<String, Object>) ring.get("subgraph");
			assertThat((List<?>) subgraph.get("nodes")).hasSizeLessThanOrEqualTo(200);
			assertThat((List<?>) subgraph.get("edges")).hasSizeLessThanOrEqualTo(1000);
			assertThat((List<?>) ring.get("members")).hasSizeLessThanOrEqualTo(200);
		}
		// The second answer comes from the cached communities: the same rings.
		assertThat(this.graphQl.document(rings).execute().path("rings").entity(ROWS).get()).isEqualTo(first);
		List<Map<String, Object>> three = this.graphQl.document("{ rings(first: 200) { size } }")
			.execute()
			.path("rings")
			.entity(ROWS)
			.get();
		assertThat(three).allSatisfy((r) -> assertThat((Integer) r.get("size")).isGreaterThanOrEqualTo(3));
		String brokers = "{ brokers(first: 200) { entity { id } score } }";
		List<Map<String, Object>> scored = this.graphQl.document(brokers).execute().path("brokers").entity(ROWS).get();
		assertThat(scored).isNotEmpty().hasSizeLessThanOrEqualTo(200);
		assertThat(this.graphQl.document(brokers).execute().path("brokers").entity(ROWS).get()).isEqualTo(scored);
		// The first five of the cached scores are the five best.
		assertThat(this.graphQl.document("{ brokers(first: 5) { entity { id } score } }")
			.execute()
			.path("brokers")
			.entity(ROWS)
			.get()).isEqualTo(scored.subList(0, Math.min(5, scored.size())));
	}

	@Test
	void recusalScreeningIsBoundedInWhatItScreensAndWhatItReturns() {
		refused("{ recusalCheck { clear } }", "BAD_REQUEST", "teamId");
		List<String> persons = ids("Person", 51);
		List<String> organizations = ids("Organization", 51);
		refused("{ recusalCheck(memberIds: " + quoted(persons) + ", targetIds: [\"ORG-QA-SW\"]) { clear } }",
				"LIMIT_EXCEEDED", "memberIds");
		refused("{ recusalCheck(memberIds: [\"PER-0001\"], targetIds: " + quoted(organizations) + ") { clear } }",
				"LIMIT_EXCEEDED", "targetIds");
		refused("{ recusalCheck(memberIds: [\"PER-0001\"], targetIds: [\"ORG-QA-SW\"], asOf: \"-999999999-01-01\") "
				+ "{ clear } }", "BAD_REQUEST", "asOf");
		// The widest screening allowed: 50 persons against the 50 organizations they hold
		// posts in, so there are conflicts to find.
		List<String> officials = this.cypher.read("""
				MATCH (p:Person)-[:HOLDS_POSITION]->(o:Organization) WITH o, collect(p.id)[0] AS official
				RETURN o.id, official ORDER BY o.id LIMIT 50""", Map.of(), (r) -> r.get(1).asString());
		List<String> targets = this.cypher.read("""
				MATCH (:Person)-[:HOLDS_POSITION]->(o:Organization) WITH DISTINCT o
				RETURN o.id ORDER BY o.id LIMIT 50""", Map.of(), (r) -> r.get(0).asString());
		var response = this.graphQl
			.document("{ recusalCheck(memberIds: " + quoted(officials) + ", targetIds: " + quoted(targets)
					+ ", lookbackYears: 30) { truncated conflicts { kind } } }")
			.execute();
		List<Map<String, Object>> conflicts = response.path("recusalCheck.conflicts").entity(ROWS).get();
		assertThat(conflicts).isNotEmpty().hasSizeLessThanOrEqualTo(2000);
	}

	@Test
	void crossInspectionTakesAtMostFiftyCounties() {
		refused("{ proposeCrossInspection(roundId: \"RND-QA-6-05\", countyIds: " + quoted(ids("Organization", 51))
				+ ") { pairs { detail } } }", "LIMIT_EXCEEDED", "countyIds");
		this.graphQl.document("{ proposeCrossInspection(roundId: \"RND-QA-6-05\") { pairs { detail } } }")
			.execute()
			.errors()
			.verify();
	}

	@Test
	void theAuditTrailAnswersAtMostFirstRecordsNewestFirstAndRefusesBadBounds() {
		refused("{ auditLog(first: 1001) { at } }", "LIMIT_EXCEEDED", "first");
		refused("{ auditLog(from: \"yesterday\") { at } }", "BAD_REQUEST", "from");
		refused("{ auditLog(to: \"2026-02-30\") { at } }", "BAD_REQUEST", "to");
		for (int i = 0; i < 3; i++) {
			this.graphQl.document("{ leads(first: 1) { totalCount } }").execute();
		}
		List<Map<String, Object>> all = this.graphQl.document("{ auditLog { at operation } }")
			.execute()
			.path("auditLog")
			.entity(ROWS)
			.get();
		assertThat(all).isNotEmpty().hasSizeLessThanOrEqualTo(100);
		List<String> times = all.stream().map((r) -> (String) r.get("at")).toList();
		assertThat(times).isSortedAccordingTo(
				java.util.Comparator.comparing(java.time.ZonedDateTime::parse, java.util.Comparator.reverseOrder()));
		List<Map<String, Object>> bounded = this.graphQl.document(
				"{ auditLog(from: \"2000-01-01\", to: \"2999-12-31\", operation: \"read\", first: 2) { at operation } }")
			.execute()
			.path("auditLog")
			.entity(ROWS)
			.get();
		assertThat(bounded).hasSizeBetween(1, 2).allSatisfy((r) -> assertThat(r).containsEntry("operation", "read"));
		assertThat(this.graphQl.document("{ auditLog(to: \"2000-01-01T00:00:00Z\") { at } }")
			.execute()
			.path("auditLog")
			.entity(ROWS)
			.get()).isEmpty();
	}

	/**
	 * Thirty aliases of the slowest route share one request's time: the answer comes
	 * within the statement timeout (plus what the answer's assembly costs), any alias
	 * that did not fit is refused with LIMIT_EXCEEDED naming the timeout, and the first
	 * is answered. (DatabaseIT shows the refusal itself on a statement known to be slow.)
	 */
	@Test
	void aliasesOfASlowRouteShareTheRequestsTime() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 30; i++) {
			query.append(" r")
				.append(i)
				.append(": redFlags(asOf: \"2026-11-0")
				.append(1 + i % 9)
				.append("\") { subject }");
		}
		long start = System.nanoTime();
		var response = this.graphQl.document(query.append(" }").toString()).execute();
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("ExpensiveRoutesIT timing 30 aliased redFlags: %d ms%n", millis);
		assertThat(millis).isLessThan(TIMEOUT.toMillis() + 5_000);
		// On a quiet machine all thirty may end within the time; once the time is out,
		// nothing more is fetched and the answer is that one error (not one per alias
		// still to come, nor a half answer of nulls). AnswerSizeTests shows the second
		// case whatever the machine.
		response.errors().satisfy((errors) -> {
			if (errors.isEmpty()) {
				for (int i = 0; i < 30; i++) {
					assertThat(response.path("r" + i).entity(ROWS).get()).isNotNull();
				}
			}
			else {
				assertThat(errors).singleElement()
					.satisfies((e) -> assertThat(e.getExtensions()).containsEntry("code", "LIMIT_EXCEEDED")
						.containsEntry("field", "query-timeout"));
				response.path("r0").pathDoesNotExist();
			}
		});
	}

	/**
	 * Prints how long each expensive route takes, cold and warm, for docs/benchmarks.md;
	 * asserts only that each answers without error.
	 */
	@Test
	void timingsForTheBenchmarks() {
		String persons = quoted(ids("Person", 50));
		String organizations = quoted(ids("Organization", 50));
		for (String query : List.of("{ rings { size } }", "{ rings(method: LOUVAIN) { size } }",
				"{ rings(first: 200, minSize: 2) { size members { id } subgraph { edges { from } } } }",
				"{ brokers { score } }", "{ brokers(measure: PAGE_RANK) { score } }",
				"{ brokers(scope: \"ORG-QA-SW\") { score } }",
				"{ recusalCheck(memberIds: " + persons + ", targetIds: " + organizations
						+ ", lookbackYears: 30) { truncated conflicts { kind } } }",
				"{ proposeCrossInspection(roundId: \"RND-QA-6-05\") { pairs { detail } } }",
				"{ auditLog(first: 1000) { at } }", "{ auditLog(operation: \"read\", first: 1000) { at } }")) {
			for (String pass : List.of("first", "again")) {
				long start = System.nanoTime();
				this.graphQl.document(query).execute().errors().verify();
				System.out.printf("ExpensiveRoutesIT timing %s %d ms: %s%n", pass,
						(System.nanoTime() - start) / 1_000_000,
						(query.length() > 90) ? query.substring(0, 90) + "…" : query);
			}
		}
	}

	private List<String> ids(String label, int n) {
		return this.cypher.read("MATCH (n:" + label + ") RETURN n.id ORDER BY n.id LIMIT $n", Map.of("n", n),
				(r) -> r.get(0).asString());
	}

	private static String quoted(List<String> ids) {
		return ids.stream().map((id) -> "\"" + id + "\"").toList().toString();
	}

}
