package org.oversight.household;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.ingest.ImportError;
import org.oversight.ingest.ImportOptions;
import org.oversight.ingest.ImportProgress;
import org.oversight.ingest.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sample stories 21 (村账乡代管, households and their subsidies) and 22 (两超一慢) through the
 * API: the households of 赵家湾村 with their eligibility, members and subsidies; the account
 * the township finance office keeps for the village; the two rules' hits with their
 * Chinese sentences; and households written through the generic edits.
 */
@GraphTest
@TestPropertySource(properties = "oversight.load-sample=true")
class HouseholdSampleIT {

	static final String AS_OF = "2026-11-01";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Importer importer;

	@Test
	void theVillagesHouseholdsCarryTheirEligibilityMembersAndSubsidies() {
		List<Map<String, Object>> households = this.graphQl.documentName("villageHouseholds")
			.variable("villageId", "ORG-SM-T02-V03")
			.execute()
			.path("households.nodes")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
		assertThat(households).extracting((h) -> h.get("id"))
			.containsExactly("HH-S21-1", "HH-S21-2", "HH-S21-3", "HH-S21-4", "HH-S21-5");
		Map<String, Object> gui = households.get(0);
		assertThat(gui).containsEntry("name", "赵某贵户")
			.containsEntry("povertyStatus", "REGISTERED")
			.containsEntry("povertyStatusZh", "建档立卡贫困户")
			.containsEntry("allowance", "MINIMUM_LIVING")
			.containsEntry("allowanceZh", "低保户")
			.containsEntry("village", Map.of("id", "ORG-SM-T02-V03"));
		assertThat(list(gui, "members")).extracting((m) -> m.get("roleZh"))
			.containsExactlyInAnyOrder("户主", "配偶", "子女", "父母");
		assertThat(list(gui, "members")).allSatisfy((m) -> assertThat(m.get("person").toString()).contains("HH-S21-1"));
		assertThat(list(gui, "subsidies"))
			.anySatisfy((s) -> assertThat(s).containsEntry("kind", "MINIMUM_LIVING_ALLOWANCE")
				.containsEntry("kindZh", "低保金")
				.containsEntry("date", "2024-03-20")
				.containsEntry("amount", 1860.0)
				.containsEntry("fundId", "FUND-S21-DB")
				.containsEntry("account", Map.of("id", "ACC-S21-ZJW")));
		Map<String, Object> lin = households.get(1);
		assertThat(lin).containsEntry("povertyStatus", null).containsEntry("allowance", null);
		assertThat(list(households.get(3), "subsidies")).hasSize(4);
	}

	@Test
	void theFinanceOfficeHoldsTheAccountItKeepsForTheVillage() {
		Map<String, Object> account = this.graphQl.documentName("keptAccount")
			.variable("id", "ACC-S21-ZJW")
			.execute()
			.path("node")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(account.get("holder")).isEqualTo(Map.of("id", "ORG-SM-T02-CZS", "orgKind", "FINANCE_OFFICE",
				"orgKindZh", "乡镇财政所", "level", "TOWNSHIP", "parent", Map.of("id", "ORG-SM-T02")));
		Map<String, Object> village = map(account, "keptFor");
		assertThat(village).containsEntry("id", "ORG-SM-T02-V03");
		assertThat(list(village, "keptAccounts")).containsExactly(Map.of("id", "ACC-S21-ZJW"));
		assertThat(list(village, "households")).hasSize(5);
		assertThat(list(account, "subsidies")).hasSize(12);
	}

	@Test
	void subsidiesAgainstEligibilityAreFoundWithTheirSentences() {
		Map<String, String> hits = hits("SUBSIDY_INELIGIBLE");
		assertThat(hits).containsOnlyKeys("HH-S21-2", "HH-S21-3");
		assertThat(hits.get("HH-S21-2")).isEqualTo("赵某林户（石门县石板乡赵家湾村党支部，未建档立卡、非低保特困户）不符合条件领取低保金1860.0元（1笔）");
		assertThat(hits.get("HH-S21-3")).contains("特困供养户", "产业奖补3000.0元");
	}

	@Test
	void twoOverrunsAndASlowStartAreFoundCountByCount() {
		Map<String, String> hits = hits("OVERRUN_SLOW_START");
		assertThat(hits).containsOnlyKeys("PRJ-S22-ROAD", "PRJ-S22-SCHOOL");
		assertThat(hits.get("PRJ-S22-ROAD")).isEqualTo("项目石板乡赵家湾村组组通公路硬化工程“两超一慢”：超工期241天，决算1420000元超概算18.3%，开工滞后131天");
		assertThat(hits.get("PRJ-S22-SCHOOL")).endsWith("“两超一慢”：计划开工后214天仍未开工");
		// The plan and the outcome the rule reads, as the API gives them.
		this.graphQl
			.document(
					"{ node(id: \"PRJ-S22-ROAD\") { ... on Project { plannedStartDate startDate plannedEndDate endDate "
							+ "budget finalAccount } } }")
			.execute()
			.path("node")
			.entity(Map.class)
			.isEqualTo(Map.of("plannedStartDate", "2023-03-01", "startDate", "2023-07-10", "plannedEndDate",
					"2023-10-31", "endDate", "2024-06-28", "budget", 1200000.0, "finalAccount", 1420000.0));
		// A year earlier the school was not due yet; the road already was.
		assertThat(hits("OVERRUN_SLOW_START", "2025-11-01")).containsKey("PRJ-S22-ROAD")
			.doesNotContainKey("PRJ-S22-SCHOOL");
	}

	@Test
	void householdsAndSubsidiesAreWrittenThroughTheGenericEdits() {
		String p = TestData.prefix();
		this.graphQl.documentName("householdEdits")
			.operationName("createHousehold")
			.variable("input",
					Map.of("id", p + "HH", "name", "钱某户", "villageId", "ORG-SM-T02-V01", "allowance",
							"EXTREME_POVERTY"))
			.execute()
			.path("createHousehold.allowanceZh")
			.entity(String.class)
			.isEqualTo("特困供养户");
		this.graphQl.documentName("householdEdits")
			.operationName("paySubsidy")
			.variable("input",
					Map.of("kind", "SUBSIDY", "from", "ACC-SM-T02-V01", "to", p + "HH", "values",
							List.of(Map.of("field", "date", "value", "2024-06-20"),
									Map.of("field", "kind", "value", "EXTREME_POVERTY_SUPPORT"),
									Map.of("field", "amount", "value", "2400"))))
			.execute()
			.path("link.changed")
			.entity(Integer.class)
			.isEqualTo(1);
		this.graphQl.documentName("householdEdits")
			.operationName("householdSubsidies")
			.variable("id", p + "HH")
			.execute()
			.path("node.subsidies[0].kindZh")
			.entity(String.class)
			.isEqualTo("特困供养金")
			.path("node.subsidies[0].amount")
			.entity(Double.class)
			.isEqualTo(2400.0);
	}

	@Test
	void aBadSubsidyRowIsRefusedNamingFileRowAndField() {
		String p = TestData.prefix();
		var report = this.importer.run(TestData.bundle(p, Map.of("households.csv", """
				id,name,village_id,poverty_status,allowance
				$HH,孙某户,ORG-SM-T02-V01,POOR,
				""", "subsidies.csv", """
				from_account_id,household_id,date,kind,amount
				ACC-S21-ZJW,$HH,2024-03-20,CASH,100
				""")), ImportOptions.defaults("test"), ImportProgress.NONE);
		assertThat(report.ok()).isFalse();
		assertThat(report.errors()).extracting(ImportError::toString)
			.anySatisfy((e) -> assertThat(e).startsWith("households.csv:2: poverty_status: 'POOR' is not one of"))
			.anySatisfy((e) -> assertThat(e).startsWith("subsidies.csv:2: kind: 'CASH' is not one of"));
		this.graphQl.document("{ node(id: \"" + p + "HH\") { id } }").execute().path("node").valueIsNull();
	}

	Map<String, String> hits(String rule) {
		return hits(rule, AS_OF);
	}

	Map<String, String> hits(String rule, String asOf) {
		List<Map<String, Object>> hits = this.graphQl
			.document("{ redFlags(rules: [\"" + rule + "\"], asOf: \"" + asOf + "\") { subject summary } }")
			.execute()
			.path("redFlags")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
		Map<String, String> out = new java.util.TreeMap<>();
		hits.forEach((h) -> out.put((String) h.get("subject"), (String) h.get("summary")));
		return out;
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Map<String, Object> map, String key) {
		return (List<Map<String, Object>>) map.get(key);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Map<String, Object> map, String key) {
		return (Map<String, Object>) map.get(key);
	}

}
