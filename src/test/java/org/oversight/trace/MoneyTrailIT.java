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

	/**
	 * Story 21 (村账乡代管): the county pays the village's 低保 fund into the account the
	 * township finance office keeps for it, which pays the households. The trail crosses
	 * the office's account, reads it at the village's level, and ends at the households:
	 * what they were paid is passed on, not retained.
	 */
	@Test
	void aFundIsFollowedThroughTheFinanceOfficesKeptAccountToTheHouseholds() {
		Map<String, Object> trail = trail("moneyTrail(from: \"FUND-S21-DB\", maxHops: 3)");
		assertThat(list(trail, "accounts")).anySatisfy((a) -> {
			assertThat(a.get("account")).isEqualTo(Map.of("id", "ACC-S21-ZJW"));
			assertThat(a.get("holder")).isEqualTo(Map.of("id", "ORG-SM-T02-CZS"));
			assertThat(a.get("level")).isEqualTo("VILLAGE");
			assertThat((Double) a.get("received")).isEqualTo(3720.0);
			assertThat((Double) a.get("paidOut")).isEqualTo(3720.0);
			assertThat((Double) a.get("retained")).isZero();
		});
		assertThat((Double) trail.get("delivered")).isEqualTo(3720.0);
		assertThat(list(trail, "discrepancies")).isEmpty();
		Map<String, Object> graph = (Map<String, Object>) trail.get("graph");
		assertThat(list(graph, "nodes")).extracting((n) -> n.get("id"))
			.contains("ACC-SM-CZJ", "ACC-S21-ZJW", "ORG-SM-T02-CZS", "HH-S21-1", "HH-S21-2")
			.doesNotContain("HH-S21-3");
		assertThat(list(graph, "edges")).filteredOn((e) -> "SUBSIDY_PAID".equals(e.get("type"))).hasSize(2);
	}

	@Test
	void aProjectsMoneyReachesTheContractorThroughTheKeptAccount() {
		Map<String, Object> trail = trail("moneyTrail(from: \"PRJ-S22-ROAD\", maxHops: 3)");
		assertThat(list(trail, "hops")).extracting((h) -> h.get("amount")).containsExactly(1420000.0, 1420000.0);
		assertThat((Double) trail.get("delivered")).isEqualTo(1420000.0);
		assertThat(list(trail, "levels")).extracting((l) -> l.get("level")).contains("COUNTY", "VILLAGE", "COMPANY");
		assertThat(list(trail, "discrepancies")).isEmpty();
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
