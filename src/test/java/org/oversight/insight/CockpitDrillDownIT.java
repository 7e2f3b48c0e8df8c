package org.oversight.insight;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.TestGraphQl;
import org.oversight.ingest.Importer;
import org.oversight.security.Role;
import org.oversight.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cockpit's drill-downs (#14): the overdue tasks and failed revisits of a
 * rectification row open exactly the ledger lines they count, for every role as it may
 * see them; coverage of a county alone counts the county's organizations and rounds, not
 * the term's; a systemic issue opens its findings and its hand-overs to the competent
 * department.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CockpitDrillDownIT {

	static final String PASSWORD = "cockpit-drill-pw";

	@Autowired
	HttpGraphQlTester admin;

	@Autowired
	WebTestClient client;

	@Autowired
	Importer importer;

	@Autowired
	UserService users;

	String p;

	@BeforeAll
	void load() {
		this.p = TestData.prefix();
		TestData.load(this.importer, this.p, CockpitFixture.files());
		this.users.save(this.p + "inspector", PASSWORD, Role.INSPECTOR, this.p + "P2", null, null);
		this.users.save(this.p + "leader", PASSWORD, Role.LEADERSHIP, null, this.p + "CITY", null);
	}

	private List<Map<String, Object>> rates(HttpGraphQlTester tester, String by, String committee, String asOf) {
		return tester.documentName("ratesOfScope")
			.variable("by", by)
			.variable("termId", this.p + "TERM")
			.variable("committeeId", committee)
			.variable("asOf", asOf)
			.execute()
			.path("rectificationRates")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
	}

	private Map<String, Object> ledger(HttpGraphQlTester tester, String records, String committee, String asOf,
			String by, String key) {
		return tester.documentName("ledgerRecords")
			.variable("records", records)
			.variable("termId", this.p + "TERM")
			.variable("committeeId", committee)
			.variable("asOf", asOf)
			.variable("by", by)
			.variable("key", key)
			.execute()
			.path("ledgerRecords")
			.entity(Map.class)
			.get();
	}

	private static List<Object> ids(Map<String, Object> ledger) {
		return ((List<Map<String, Object>>) ledger.get("tasks")).stream()
			.map((t) -> ((Map<String, Object>) t.get("task")).get("id"))
			.toList();
	}

	/**
	 * Every row's tasks, overdue and failed revisits open as many lines as the row
	 * counts.
	 */
	private void everyRowOpensItsLines(HttpGraphQlTester tester, String by, String committee, String asOf) {
		for (Map<String, Object> row : rates(tester, by, committee, asOf)) {
			Map<String, String> numbers = Map.of("TASKS", "tasks", "OVERDUE", "overdue", "FAILED_VERIFICATIONS",
					"failedVerifications");
			numbers.forEach((records, field) -> {
				Map<String, Object> lines = ledger(tester, records, committee, asOf, by, (String) row.get("key"));
				assertThat(lines.get("counted")).as(by + " " + row.get("key") + " " + records)
					.isEqualTo(row.get(field));
				assertThat((List<?>) lines.get("tasks")).hasSize((Integer) lines.get("totalCount"));
			});
		}
	}

	private Map<String, Object> figures(String committee, boolean combined) {
		return this.admin.documentName("figuresOfScope")
			.variable("termId", this.p + "TERM")
			.variable("committeeId", committee)
			.variable("combined", combined)
			.variable("asOf", "2024-01-01")
			.execute()
			.path("figures")
			.entity(Map.class)
			.get();
	}

	@Test
	void theCityAloneTheCountyAloneAndBothCombinedAddUpAndEachRateIsNamed() {
		Map<String, Object> city = figures(null, false);
		Map<String, Object> county = figures(this.p + "C", false);
		Map<String, Object> both = figures(null, true);
		// The county's own round found F6 and fed it back (task X6, still open).
		assertThat(county).containsEntry("problemsFound", 1).containsEntry("fedBack", 1).containsEntry("rectified", 0);
		for (String figure : List.of("problemsFound", "fedBack", "rectified")) {
			assertThat((Integer) both.get(figure)).as(figure)
				.isEqualTo((Integer) city.get(figure) + (Integer) county.get(figure));
		}
		List<Map<String, Object>> rates = (List<Map<String, Object>>) city.get("rates");
		assertThat(rates).extracting((r) -> r.get("definition"))
			.containsExactly("PER_PROBLEM", "PER_TASK", "VERIFIED_ONLY", "DUE_ONLY");
		assertThat(rates).extracting((r) -> r.get("definitionZh")).doesNotContainNull().doesNotHaveDuplicates();
		Map<String, Object> perProblem = rates.get(0);
		// The figure's own rate is the one it names, computed from its own counts.
		assertThat(city).containsEntry("rateDefinition", "PER_PROBLEM");
		assertThat(perProblem).containsEntry("numerator", city.get("rectified"))
			.containsEntry("denominator", city.get("fedBack"))
			.containsEntry("rate", city.get("rectificationRate"));
		for (Map<String, Object> rate : rates) {
			int numerator = (Integer) rate.get("numerator");
			int denominator = (Integer) rate.get("denominator");
			assertThat(numerator).as(rate.get("definition") + " numerator").isBetween(0, denominator);
			if (denominator > 0) {
				assertThat((Double) rate.get("rate")).as(rate.get("definition") + " rate")
					.isCloseTo(Math.round(10000.0 * numerator / denominator) / 100.0,
							org.assertj.core.data.Offset.offset(0.001));
			}
		}
		// Verified only counts fewer than rectified: a revisit passed is more than done.
		assertThat((Integer) rates.get(2).get("numerator")).isLessThanOrEqualTo((Integer) perProblem.get("numerator"));
	}

	@Test
	void theOverdueTasksAndFailedRevisitsOfARowOpenExactlyTheirLines() {
		Map<String, Object> overdue = ledger(this.admin, "OVERDUE", null, "2024-01-01", "ROUND", this.p + "R1");
		assertThat(ids(overdue)).containsExactly(this.p + "X3", this.p + "X4");
		assertThat(overdue).containsEntry("counted", 2).containsEntry("recordsZh", "逾期整改任务");
		Map<String, Object> x4 = ((List<Map<String, Object>>) overdue.get("tasks")).get(1);
		assertThat(x4).containsEntry("deadline", "2023-06-30")
			.containsEntry("overdue", true)
			.containsEntry("failedVerifications", 1);
		Map<String, Object> failed = ledger(this.admin, "FAILED_VERIFICATIONS", null, "2024-01-01", null, null);
		assertThat(ids(failed)).containsExactly(this.p + "X4");
		Map<String, Object> r1 = rates(this.admin, "ROUND", null, "2024-01-01").stream()
			.filter((r) -> (this.p + "R1").equals(r.get("key")))
			.findFirst()
			.orElseThrow();
		assertThat(r1).containsEntry("overdue", 2).containsEntry("failedVerifications", 1);
		assertThat(ids(ledger(this.admin, "OVERDUE", this.p + "C", "2024-01-01", null, null)))
			.containsExactly(this.p + "X6");
		for (String by : List.of("ROUND", "SECTOR", "LEVEL", "ORGANIZATION")) {
			everyRowOpensItsLines(this.admin, by, null, "2024-01-01");
			everyRowOpensItsLines(this.admin, by, null, null);
		}
		everyRowOpensItsLines(this.admin, "ROUND", this.p + "C", null);
	}

	@Test
	void everyRoleOpensTheLinesItsOwnRowCounts() {
		HttpGraphQlTester inspector = TestGraphQl.as(this.client, this.p + "inspector", PASSWORD);
		HttpGraphQlTester leader = TestGraphQl.as(this.client, this.p + "leader", PASSWORD);
		for (HttpGraphQlTester tester : List.of(inspector, leader)) {
			everyRowOpensItsLines(tester, "ROUND", null, "2024-01-01");
			// A ledger line is neither lead nor case: every role sees the term's ledger
			// as the administrator does.
			assertThat(ids(ledger(tester, "OVERDUE", null, "2024-01-01", null, null)))
				.isEqualTo(ids(ledger(this.admin, "OVERDUE", null, "2024-01-01", null, null)));
		}
	}

	private Map<String, Object> coverage(String committee, Boolean combined) {
		GraphQlTester.Response response = this.admin.documentName("coverageOfCommittee")
			.variable("termId", this.p + "TERM")
			.variable("committeeId", committee)
			.variable("combined", combined)
			.execute();
		return Map.of("coverage", response.path("coverage").entityList(Map.class).get(), "coveragePlan",
				response.path("coveragePlan").entity(Map.class).get());
	}

	@Test
	void coverageOfACountyAloneCountsTheCountysOrganizationsAndRounds() {
		Map<String, Object> county = coverage(this.p + "C", false);
		assertThat((List<Map<String, Object>>) county.get("coverage")).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("level", "COUNTY")
				.containsEntry("organizations", 2)
				.containsEntry("covered", 1));
		Map<String, Object> plan = (Map<String, Object>) county.get("coveragePlan");
		assertThat((List<Map<String, Object>>) plan.get("byLevel")).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("organizations", 2).containsEntry("remaining", 1));
		assertThat(((List<Map<String, Object>>) plan.get("uncovered")).stream()
			.map((u) -> ((Map<String, Object>) u.get("organization")).get("id"))).containsExactly(this.p + "C-1");
		Map<String, Object> city = coverage(null, false);
		assertThat((List<Map<String, Object>>) city.get("coverage"))
			.extracting((r) -> r.get("level") + "/" + r.get("organizations") + "/" + r.get("covered"))
			.containsExactly("CITY/5/2", "COUNTY/3/1");
		Map<String, Object> combined = coverage(null, true);
		assertThat((List<Map<String, Object>>) combined.get("coverage"))
			.extracting((r) -> r.get("level") + "/" + r.get("organizations") + "/" + r.get("covered"))
			.containsExactly("CITY/5/2", "COUNTY/3/2");
	}

	@Test
	void aSystemicIssueOpensItsFindingsAndItsHandOverToTheRegulator() {
		List<Map<String, Object>> issues = this.admin.documentName("systemicIssuesHandovers")
			.variable("termId", this.p + "TERM")
			.execute()
			.path("systemicIssues")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		assertThat(issues).isNotEmpty();
		for (Map<String, Object> issue : issues) {
			assertThat((List<?>) issue.get("findingRecords")).as("findings of " + issue.get("category"))
				.hasSize((Integer) issue.get("findings"));
		}
		Map<String, Object> finance = issues.stream()
			.filter((i) -> "EDUCATION".equals(i.get("sector")) && "FINANCIAL_MISMANAGEMENT".equals(i.get("category")))
			.findFirst()
			.orElseThrow();
		assertThat((List<Map<String, Object>>) finance.get("findingRecords")).extracting((f) -> f.get("id"))
			.containsExactly(this.p + "F2");
		Map<String, Object> handover = ((List<Map<String, Object>>) finance.get("handovers")).get(0);
		assertThat(handover).containsEntry("id", this.p + "HND")
			.containsEntry("answer", "已修订财务报销办法")
			.containsEntry("answeredDate", "2023-10-20");
		assertThat((Map<String, Object>) handover.get("regulator")).containsEntry("name", "市财政局");
		assertThat((List<Map<String, Object>>) handover.get("fixes")).extracting((f) -> f.get("name"))
			.containsExactly("《市直单位财务报销管理办法》");
		assertThat(issues.stream()
			.filter((i) -> "EIGHT_RULES".equals(i.get("category")))
			.flatMap((i) -> ((List<?>) i.get("handovers")).stream())).isEmpty();
	}

	@Test
	void leadershipAndAdministratorsMayRecordFiguresAndTheShellIsToldSo() {
		HttpGraphQlTester leader = TestGraphQl.as(this.client, this.p + "leader", PASSWORD);
		HttpGraphQlTester inspector = TestGraphQl.as(this.client, this.p + "inspector", PASSWORD);
		leader.document("{ me { mayRecordFigures } }")
			.execute()
			.path("me.mayRecordFigures")
			.entity(Boolean.class)
			.isEqualTo(true);
		inspector.document("{ me { mayRecordFigures } }")
			.execute()
			.path("me.mayRecordFigures")
			.entity(Boolean.class)
			.isEqualTo(false);
		Map<String, Object> input = Map.of("termId", this.p + "TERM", "figure", "FED_BACK", "value", 4, "document",
				"市委巡察工作情况通报", "reportedDate", "2024-01-05");
		inspector.documentName("recordReportedFigure")
			.variable("input", input)
			.execute()
			.errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")));
		leader.documentName("recordReportedFigure")
			.variable("input", input)
			.execute()
			.path("recordReportedFigure.figureZh")
			.entity(String.class)
			.isEqualTo("反馈问题");
	}

}
