package org.oversight.lead;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clue chain of the sample city as the platform shows it after the import: imported
 * leads and cases carry their history (the two-step transfer, 谈话函询 then 初步核实, 结案), 一案双查
 * shows on the case, the 体育局 story is reachable from the unit the same way by each route,
 * and its collapse ranks first.
 */
@GraphTest
@TestPropertySource(properties = "oversight.load-sample=true")
class ClueChainSampleIT {

	@Autowired
	HttpGraphQlTester graphQl;

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
		hits.path("redFlags[0].summary")
			.entity(String.class)
			.satisfies((summary) -> assertThat(summary).contains("体育局").contains("立案审查或受处分"));
	}

}
