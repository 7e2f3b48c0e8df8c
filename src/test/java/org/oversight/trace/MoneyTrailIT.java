package org.oversight.trace;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money trails on the sample city: a poverty fund down to the households, the sports
 * bureau's hall money reaching the director's wife, and the bounds.
 */
@GraphTest
@TestPropertySource(properties = "oversight.load-sample=true")
class MoneyTrailIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void aFundIsFollowedLevelByLevelDownToTheHouseholds() {
		Map<String, Object> trail = trail("moneyTrail(from: \"FUND-FP-2017\", maxHops: 6)");
		List<Map<String, Object>> levels = list(trail, "levels");
		assertThat(levels).extracting((l) -> l.get("level"))
			.contains("CITY", "COUNTY", "TOWNSHIP", "VILLAGE", "PERSON");
		assertThat((Double) trail.get("allocated")).isEqualTo(3405474.0);
		List<Map<String, Object>> hops = list(trail, "hops");
		assertThat(hops).extracting((h) -> h.get("hop")).startsWith(1, 2, 3);
		// Every transfer of the trail is the fund's own money, in time order per account.
		Map<String, Object> graph = (Map<String, Object>) trail.get("graph");
		List<Map<String, Object>> transfers = list(graph, "edges").stream()
			.filter((e) -> "TRANSFER".equals(e.get("type")))
			.toList();
		assertThat(transfers).hasSize(44);
		// The sample's counties pass on only part of the fund to the townships modelled:
		// that is retained;
		// the villages pass on all they get, so none of them is flagged.
		List<Map<String, Object>> retained = list(trail, "discrepancies").stream()
			.filter((d) -> "RETAINED".equals(d.get("kind")))
			.toList();
		assertThat(retained).anySatisfy((d) -> {
			assertThat(d.get("accountId")).isEqualTo("ACC-AP-CZJ");
			assertThat((Double) d.get("amount")).isEqualTo(2806800.0 - 342700.0);
			assertThat(d.get("explanationZh")).isEqualTo("ACC-AP-CZJ (安平区财政局) 收到 ¥2,806,800，仅拨出 ¥342,700");
		});
		assertThat(retained).hasSize(16).noneSatisfy((d) -> assertThat((String) d.get("accountId")).contains("-V"));
	}

	@Test
	void anAllocationIsFollowedIntoThePersonalAccountOfTheDirectorsWife() {
		Map<String, Object> trail = trail("moneyTrail(from: \"TR-S4-ALLOC\", maxHops: 3)");
		assertThat(list(trail, "discrepancies")).anySatisfy((d) -> {
			assertThat(d.get("kind")).isEqualTo("PERSONAL");
			assertThat(d.get("accountId")).isEqualTo("ACC-P-S4-HE-WIFE");
			assertThat((Double) d.get("amount")).isEqualTo(800000.0);
			assertThat((String) d.get("explanationZh")).startsWith("¥800,000 以工资、补贴、退款以外的名义流入个人账户 ACC-P-S4-HE-WIFE");
		});
		Map<String, Object> graph = (Map<String, Object>) trail.get("graph");
		assertThat(list(graph, "nodes")).extracting((n) -> n.get("id"))
			.contains("ACC-QA-TYJ", "ACC-CO-S4-TY", "ACC-P-S4-HE-WIFE", "PER-S4-HE-WIFE");
	}

	@Test
	void upstreamFindsWhereTheMoneyCameFrom() {
		Map<String, Object> trail = trail("moneyTrail(from: \"ACC-P-S4-HE-WIFE\", direction: UPSTREAM, maxHops: 3)");
		Map<String, Object> graph = (Map<String, Object>) trail.get("graph");
		assertThat(list(graph, "nodes")).extracting((n) -> n.get("id")).contains("ACC-CO-S4-TY", "ACC-QA-TYJ");
	}

	@Test
	void fundTraceIsTheTrailsGraph() {
		Map<String, Object> graph = this.graphQl
			.document("{ fundTrace(from: \"FUND-FP-2017\", maxHops: 6) { nodes { id } edges { type id } } }")
			.execute()
			.path("fundTrace")
			.entity(Map.class)
			.get();
		assertThat(list(graph, "edges")).filteredOn((e) -> "TRANSFER".equals(e.get("type"))).hasSize(44);
	}

	@Test
	void boundsAndBadStartsAreClearErrors() {
		error("fundTrace(from: \"FUND-FP-2017\", maxHops: 7) { truncated }", "LIMIT_EXCEEDED", "maxHops");
		error("fundTrace(from: \"PER-S4-HE\") { truncated }", "BAD_REQUEST",
				"fund, a project, an account or a transfer");
		error("fundTrace(from: \"NOPE\") { truncated }", "NOT_FOUND", "NOPE");
		error("moneyTrail(from: \"FUND-FP-2017\", minAmount: -1) { disbursed }", "BAD_REQUEST", "minAmount");
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> trail(String field) {
		return this.graphQl.document("{ " + field + """
				{ direction allocated disbursed delivered
				  hops { hop transfers amount accounts }
				  levels { level accounts received paidOut retained }
				  accounts { account { id } holder { id } level received paidOut retained }
				  discrepancies { kind kindZh accountId amount explanation explanationZh }
				  graph { truncated nodes { id kind } edges { type from to id } } } }""")
			.execute()
			.path("moneyTrail")
			.entity(Map.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Map<String, Object> map, String key) {
		return (List<Map<String, Object>>) map.get(key);
	}

	void error(String field, String code, String message) {
		this.graphQl.document("{ " + field + " }").execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", code);
			assertThat(errors.get(0).getMessage()).contains(message);
		});
	}

}
