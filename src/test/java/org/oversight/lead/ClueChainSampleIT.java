package org.oversight.lead;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.TestGraphQl;
import org.oversight.security.Role;
import org.oversight.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clue chain of the sample city as the platform shows it after the import: imported
 * leads and cases carry their history (the two-step transfer, 谈话函询 then 初步核实, 结案), 一案双查
 * shows on the case, the 体育局 story is reachable from the unit the same way by each route,
 * its collapse ranks first, and the lead shared beyond its joint inspection shows to the
 * team it is shared with and to no other.
 */
@GraphTest
@TestPropertySource(properties = "oversight.load-sample=true")
class ClueChainSampleIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient client;

	@Autowired
	UserService users;

	@Test
	void importedLeadsCarryTheirHistoryAndCasesTheirSteps() {
		var chain = this.graphQl.documentName("clueChain").variable("leadId", "LEAD-S4-02").execute();
		assertThat(chain.path("node.history[*].step").entityList(String.class).get()).containsExactly(
				"PROPOSE_TRANSFER", "APPROVE_TRANSFER", "INQUIRE", "VERIFY_AFTER_INQUIRY", "OPEN_CASE", "CONCLUDE");
		assertThat(chain.path("node.history[*].by").entityList(String.class).get()).startsWith("TEAM-QA-7-04-1 组长",
				"ORG-QA-XCB");
		chain.path("node.history[0].at")
			.entity(String.class)
			.isEqualTo("2023-10-09T09:00+08:00")
			.path("node.history[1].transferTo")
			.entity(String.class)
			.isEqualTo("ORG-QA-JW")
			.path("node.status")
			.entity(String.class)
			.isEqualTo("CASE_CONCLUDED")
			.path("node.statusZh")
			.entity(String.class)
			.isEqualTo("已结案")
			.path("node.cases[0].responsibilityExamined[0].id")
			.entity(String.class)
			.isEqualTo("PER-S4-HE");
		assertThat(chain.path("node.cases[0].history[*].step").entityList(String.class).get())
			.containsExactly("INVESTIGATE", "TRY", "CONCLUDE");
		// 撤销党内职务 and 撤职 are two sanctions of two forms.
		assertThat(chain.path("node.cases[0].sanctions[*].type").entityList(String.class).get())
			.contains("PARTY_POST_REMOVAL", "GOV_REMOVAL");
		// A transfer the office has not approved yet has no receiving body.
		this.graphQl
			.document("{ leads(filter: {status: [TRANSFER_PROPOSED]}) { nodes { id transferredTo { id } "
					+ "history { step transferTo } } } }")
			.execute()
			.path("leads.nodes[0].transferredTo")
			.valueIsNull()
			.path("leads.nodes[0].history[0].step")
			.entity(String.class)
			.isEqualTo("PROPOSE_TRANSFER");
	}

	@Test
	void theUnitsLeadsCasesAndSanctionsAgreeForTheSportsBureau() {
		var unit = this.graphQl.documentName("unitChain").variable("orgId", "ORG-QA-TYJ").execute();
		Set<String> viaLeads = new HashSet<>(unit.path("leads.nodes[*].cases[*].id").entityList(String.class).get());
		List<String> cases = unit.path("cases.nodes[*].id").entityList(String.class).get();
		assertThat(cases).containsExactlyInAnyOrder("CASE-S4-1", "CASE-S4-2", "CASE-S4-3");
		assertThat(viaLeads).containsExactlyInAnyOrderElementsOf(cases);
		Set<String> viaCases = new HashSet<>(
				unit.path("cases.nodes[*].sanctions[*].id").entityList(String.class).get());
		List<String> sanctions = unit.path("sanctions.nodes[*].id").entityList(String.class).get();
		assertThat(sanctions).hasSize(16);
		assertThat(viaCases).containsExactlyInAnyOrderElementsOf(sanctions);
		unit.path("leads.totalCount").entity(Integer.class).isEqualTo(5);
	}

	@Test
	void thePlantedCollapseAtTheSportsBureauRanksFirst() {
		var hits = this.graphQl
			.document("{ redFlags(asOf: \"2026-11-01\", rules: [\"LEADERSHIP_COLLAPSE\"]) { subject score summary } }")
			.execute();
		List<String> subjects = hits.path("redFlags[*].subject").entityList(String.class).get();
		assertThat(subjects).first().isEqualTo("ORG-QA-TYJ");
		// First on its score, not by the tiebreak (score, then subject id): no other unit
		// scores as high.
		List<Double> scores = hits.path("redFlags[*].score").entityList(Double.class).get();
		assertThat(scores).hasSizeGreaterThan(1);
		assertThat(scores.get(0)).isGreaterThan(scores.get(1));
		hits.path("redFlags[0].summary")
			.entity(String.class)
			.satisfies((summary) -> assertThat(summary).contains("体育局").contains("立案审查或受处分"));
	}

	/**
	 * The city team's lead of the joint round (LEAD-S8-01) is shared with the 清溪县 team of
	 * the county's next round (stories.md, 共享): a member of that team sees it, with the
	 * share, but not the county joint team's lead on the same company (the joint lead
	 * space is not his); a member of another county team sees neither.
	 */
	@Test
	void theSharedLeadShowsToTheTeamItIsSharedWithAndToNoOtherTeam() {
		String p = TestData.prefix();
		String password = "a-long-test-password";
		this.users.save(p + "qx-shared", password, Role.INSPECTOR, "PER-0388", null, null);
		this.users.save(p + "qx-other", password, Role.INSPECTOR, "PER-0681", null, null);

		var shared = sharedLead(TestGraphQl.as(this.client, p + "qx-shared", password));
		shared.path("lead.id")
			.entity(String.class)
			.isEqualTo("LEAD-S8-01")
			.path("lead.sharedWith[0].team.id")
			.entity(String.class)
			.isEqualTo("TEAM-QX-2-02-1")
			.path("lead.sharedWith[0].by")
			.entity(String.class)
			.isEqualTo("ORG-QA-XCB")
			.path("lead.sharedWith[0].at")
			.entity(String.class)
			.isEqualTo("2023-04-06T09:00+08:00")
			.path("other")
			.valueIsNull();
		assertThat(shared.path("leads.nodes[*].id").entityList(String.class).get()).contains("LEAD-S8-01")
			.doesNotContain("LEAD-S8-02");

		var other = sharedLead(TestGraphQl.as(this.client, p + "qx-other", password));
		other.path("lead").valueIsNull().path("other").valueIsNull();
		assertThat(other.path("leads.nodes[*].id").entityList(String.class).get()).doesNotContain("LEAD-S8-01",
				"LEAD-S8-02");

		// The administrator sees the one share of the sample, on the lead itself.
		sharedLead(this.graphQl).path("lead.sharedWith[*].team.id")
			.entityList(String.class)
			.containsExactly("TEAM-QX-2-02-1");
	}

	private static GraphQlTester.Response sharedLead(GraphQlTester tester) {
		return tester.documentName("sharedLead")
			.variable("leadId", "LEAD-S8-01")
			.variable("otherId", "LEAD-S8-02")
			.execute();
	}

}
