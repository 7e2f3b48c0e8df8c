package org.oversight.rectification;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.ingest.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-overs to the competent department (移交行业主管部门) go to an organization of the graph,
 * carry problems of one kind, get an answer and the rules that follow; problems of one
 * kind across sectors roll up to their department.
 */
@GraphTest
class HandoverIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Importer importer;

	@Autowired
	org.springframework.test.web.reactive.server.WebTestClient client;

	@Autowired
	org.oversight.security.UserService users;

	String p;

	@BeforeEach
	void load() {
		this.p = TestData.prefix();
		TestData.load(this.importer, this.p, LedgerStories.files());
	}

	private GraphQlTester.Response run(String document, Map<String, Object> variables) {
		return this.graphQl.documentName(document).variables(variables).execute();
	}

	private void refused(GraphQlTester.Response response, String code, String field) {
		response.errors()
			.expect((e) -> code.equals(e.getExtensions().get("code"))
					&& (field == null || field.equals(e.getExtensions().get("field"))))
			.verify();
	}

	private Map<String, Object> handover(String regulator, String category, List<String> findings) {
		return Map.of("input",
				Map.of("id", this.p + "H1", "regulatorId", this.p + regulator, "category", category, "findingIds",
						findings.stream().map((f) -> this.p + f).toList(), "handedDate", "2022-06-01", "summary",
						"市直单位财务管理不规范，请完善财务管理制度并开展专项整治"));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> rollup(String category, String sector) {
		List<Map<String, Object>> rows = run("competentDepartments",
				Map.of("committeeId", this.p + "CITY", "minOrgs", 1))
			.path("competentDepartments")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		return rows.stream()
			.filter((r) -> category.equals(r.get("category")) && ((List<?>) r.get("sectors")).contains(sector))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aHandOverGoesToADepartmentOfTheGraphWithProblemsOfOneKind() {
		refused(run("handOver", handover("NO-SUCH", "FINANCIAL_MISMANAGEMENT", List.of("F2"))), "NOT_FOUND",
				"regulatorId");
		refused(run("handOver", handover("CITY", "FINANCIAL_MISMANAGEMENT", List.of("F2"))), "BAD_REQUEST",
				"regulatorId");
		refused(run("handOver", handover("CZJ", "FINANCIAL_MISMANAGEMENT", List.of("F2", "F1"))), "BAD_REQUEST",
				"findingIds");
		var made = run("handOver", handover("CZJ", "FINANCIAL_MISMANAGEMENT", List.of("F2", "F7")));
		made.path("handOver.regulator.name").entity(String.class).isEqualTo("市财政局");
		made.path("handOver.findings[*].id").entityList(String.class).containsExactly(this.p + "F2", this.p + "F7");
		made.path("handOver.categoryZh").entity(String.class).isEqualTo("财务管理不规范");
		made.path("handOver.provenance.recordedBy").entity(String.class).isEqualTo("admin");
		run("rectificationLedgerLine", Map.of("id", this.p + "X3")).path("node.finding.handovers[0].id")
			.entity(String.class)
			.isEqualTo(this.p + "H1");
	}

	@Test
	void onlyAdministratorsAndAnalystsHandOverOrSignAndARefusalWritesNothing() {
		String user = "ledger-" + this.p.toLowerCase();
		this.users.save(user, "ledger-password", org.oversight.security.Role.LEADERSHIP, null, this.p + "CITY", null);
		var leader = org.oversight.TestGraphQl.as(this.client, user, "ledger-password");
		refused(leader.documentName("handOver")
			.variables(handover("CZJ", "FINANCIAL_MISMANAGEMENT", List.of("F2", "F7")))
			.execute(), "FORBIDDEN", null);
		refused(leader.documentName("signRectification")
			.variables(Map.of("id", this.p + "X3", "secretaryId", this.p + "P1", "date", "2024-01-05"))
			.execute(), "FORBIDDEN", null);
		run("rectificationLedgerLine", Map.of("id", this.p + "X3")).path("node.signedBy")
			.valueIsNull()
			.path("node.finding.handovers")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void theDepartmentAnswersAndTheRulesThatFollowAreItsOwn() {
		run("handOver", handover("CZJ", "FINANCIAL_MISMANAGEMENT", List.of("F2", "F7")));
		refused(run("answerHandover", Map.of("id", this.p + "H1", "answer", "已完善制度", "date", "2022-05-01")),
				"BAD_REQUEST", "date");
		run("answerHandover", Map.of("id", this.p + "H1", "answer", "已完善市直单位财务管理制度并开展专项整治", "date", "2022-09-01"))
			.path("answerHandover.answeredDate")
			.entity(String.class)
			.isEqualTo("2022-09-01")
			.path("answerHandover.provenance.version")
			.entity(Integer.class)
			.isEqualTo(1);
		var fix = run("recordHandoverFix", Map.of("handoverId", this.p + "H1", "id", this.p + "FX-H1", "name",
				"《市直单位财务管理制度》", "issuedDate", "2022-10-01"));
		fix.path("recordHandoverFix.organization.id").entity(String.class).isEqualTo(this.p + "CZJ");
		fix.path("recordHandoverFix.handover.fixes[*].id").entityList(String.class).containsExactly(this.p + "FX-H1");
	}

	@Test
	void problemsOfOneKindAcrossSectorsRollUpToTheirCompetentDepartment() {
		Map<String, Object> finance = rollup("FINANCIAL_MISMANAGEMENT", "HEALTH");
		assertThat(finance.get("department")).isEqualTo(Map.of("id", this.p + "CZJ", "name", "市财政局"));
		assertThat(finance.get("sectors")).isEqualTo(List.of("EDUCATION", "HEALTH"));
		assertThat(finance).containsEntry("orgCount", 2).containsEntry("findings", 2).containsEntry("covered", 0);
		// A sector's own problem goes to the sector's department named as its regulator
		// (水利局).
		assertThat(rollup("OTHER", "WATER").get("department")).isEqualTo(Map.of("id", this.p + "D3", "name", "市水利局"));
		assertThat(rollup("EIGHT_RULES", "EDUCATION").get("department"))
			.isEqualTo(Map.of("id", this.p + "JW", "name", "市纪委监委"));
		run("handOver", handover("CZJ", "FINANCIAL_MISMANAGEMENT", List.of("F2", "F7")));
		assertThat(rollup("FINANCIAL_MISMANAGEMENT", "HEALTH")).containsEntry("covered", 2)
			.containsEntry("handovers", List.of(Map.of("id", this.p + "H1")));
	}

	@Test
	@SuppressWarnings("unchecked")
	void aSystemicIssueNamesItsDepartmentAsAnOrganization() {
		List<Map<String, Object>> issues = this.graphQl.documentName("systemicIssuesDepartments")
			.variable("termId", this.p + "TERM")
			.execute()
			.path("systemicIssues")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		assertThat(issues).anySatisfy((i) -> {
			assertThat(i).containsEntry("sector", "EDUCATION").containsEntry("category", "FINANCIAL_MISMANAGEMENT");
			assertThat(i.get("department")).isEqualTo(Map.of("id", this.p + "CZJ"));
		});
	}

}
