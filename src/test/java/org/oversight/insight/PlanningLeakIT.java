package org.oversight.insight;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.TestGraphQl;
import org.oversight.ingest.Importer;
import org.oversight.rectification.LedgerFixture;
import org.oversight.security.Role;
import org.oversight.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planning routes attacked by users who may not see the leads: no figure group, rate,
 * coverage risk or recusal evidence counts or shows a hidden lead or case.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanningLeakIT {

	static final String PASSWORD = "a-long-test-password";

	@Autowired
	WebTestClient client;

	@Autowired
	HttpGraphQlTester admin;

	@Autowired
	Importer importer;

	@Autowired
	UserService users;

	String p;

	@BeforeAll
	void load() {
		this.p = TestData.prefix();
		Map<String, String> files = new HashMap<>(LedgerFixture.files());
		files.put("persons.csv", LedgerFixture.files().get("persons.csv") + "$P-INS,巡察干部\n");
		files.put("team_members.csv", "person_id,team_id,role\n$P-INS,$T1,MEMBER\n");
		files.put("leads.csv", LedgerFixture.files().get("leads.csv") + "$L2,$T0,PETITION,OPEN,2023-01-01,\n");
		files.put("lead_links.csv", "lead_id,entity_id,role\n$L2,$D3,SUBJECT\n");
		TestData.load(this.importer, this.p, files);
		this.users.save(this.p + "analyst", PASSWORD, Role.ANALYST, null, null, null);
		this.users.save(this.p + "inspector", PASSWORD, Role.INSPECTOR, this.p + "P-INS", null, null);
	}

	private HttpGraphQlTester as(String user) {
		return TestGraphQl.as(this.client, this.p + user, PASSWORD);
	}

	private static final String VIEW = "{ figureView(termId: \"%s\") { totals { leads cases sanctions } "
			+ "bySector { key figures { leads cases sanctions admonitions } } "
			+ "byLevel { key figures { leads cases sanctions } } trend { key figures { leads cases sanctions } } } }";

	@Test
	void figureGroupsCountOnlyVisibleLeadsAndCases() {
		String admin = this.admin.document(VIEW.formatted(this.p + "TERM"))
			.execute()
			.path("figureView")
			.entity(Map.class)
			.get()
			.toString();
		assertThat(admin).contains("leads=1");
		Map<String, Object> analyst = as("analyst").document(VIEW.formatted(this.p + "TERM"))
			.execute()
			.path("figureView")
			.entity(Map.class)
			.get();
		assertThat(analyst.toString()).doesNotContain("leads=1").doesNotContain("cases=1");
		assertThat(analyst.toString()).contains("leads=0");
		// the inspector's team owns L1 (and so K1): they see exactly that
		Map<String, Object> inspector = as("inspector").document(VIEW.formatted(this.p + "TERM"))
			.execute()
			.path("figureView.totals")
			.entity(Map.class)
			.get();
		assertThat(inspector).containsEntry("leads", 1).containsEntry("cases", 1);
	}

	@Test
	void coverageRiskCountsOnlyVisibleOpenLeads() {
		String query = "{ coveragePlan(termId: \"" + this.p
				+ "TERM\", asOf: \"2024-01-01\") { uncovered { organization { id } openAlerts risk } } }";
		assertThat(alerts(this.admin, query)).isEqualTo(1);
		assertThat(alerts(as("analyst"), query)).isZero();
		assertThat(alerts(as("inspector"), query)).isZero();
	}

	private int alerts(HttpGraphQlTester tester, String query) {
		return tester.document(query)
			.execute()
			.path("coveragePlan.uncovered[?(@.organization.id == '" + this.p + "D3')].openAlerts")
			.entityList(Integer.class)
			.get()
			.get(0);
	}

	@Test
	void ratesAndRecusalCarryNoLeadOrCase() {
		String rates = as("analyst")
			.document("{ rectificationRates(by: ORGANIZATION, termId: \"" + this.p + "TERM\") { key label } }")
			.execute()
			.path("rectificationRates")
			.entityList(Map.class)
			.get()
			.toString();
		assertThat(rates).doesNotContain(this.p + "L").doesNotContain(this.p + "K");
		List<String> kinds = as("analyst")
			.document("{ recusalCheck(memberIds: [\"" + this.p + "P1\", \"" + this.p + "P2\"], targetIds: [\"" + this.p
					+ "D3\", \"" + this.p + "D1\"], asOf: \"2024-01-01\", includeRegion: true) { conflicts { evidence "
					+ "{ nodes { kind } } } } }")
			.execute()
			.path("recusalCheck.conflicts[*].evidence.nodes[*].kind")
			.entityList(String.class)
			.get();
		assertThat(kinds).doesNotContain("Lead", "Case");
	}

	@Test
	void onlyEditorsChangeTheLedger() {
		as("inspector")
			.document("mutation { completeRectification(id: \"" + this.p + "X3\", evidence: \"x\") { status } }")
			.execute()
			.errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
			.verify();
		as("analyst")
			.document("mutation { completeRectification(id: \"" + this.p + "X5\", evidence: \"会议记录\") { status } }")
			.execute()
			.path("completeRectification.status")
			.entity(String.class)
			.isEqualTo("DONE");
	}

}
