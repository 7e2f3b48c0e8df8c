package org.oversight.rectification;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample city's ledger stories (import/sample/stories.md) read back through the API:
 * the five lists, sign-off and publication of story 7, its passed and failed revisits,
 * the fix on the spot of story 14, and the hand-overs of story 15 to real departments.
 */
@GraphTest
@TestPropertySource(properties = "oversight.load-sample=true")
class SampleLedgerIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void theLineThatFailedTheRevisitKeepsItsListsAndItsDatedVerdict() {
		this.graphQl.documentName("rectificationLedgerLine")
			.variable("id", "RECT-S7-2")
			.execute()
			.path("node.status")
			.entity(String.class)
			.isEqualTo("REJECTED")
			.path("node.deadline")
			.entity(String.class)
			.isEqualTo("2023-11-30")
			.path("node.verifications[0].roundId")
			.entity(String.class)
			.isEqualTo("RND-QA-7-03")
			.path("node.verifications[0].passed")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("node.verifications[0].date")
			.entity(String.class)
			.isEqualTo("2023-05-12")
			.path("node.verifications[0].newDeadline")
			.entity(String.class)
			.isEqualTo("2023-11-30")
			.path("node.problem")
			.entity(String.class)
			.isEqualTo("往来款长期挂账未清理")
			.path("node.supervisor.id")
			.entity(String.class)
			.isEqualTo("ORG-QA-JW")
			.path("node.signedBy.id")
			.entity(String.class)
			.isEqualTo("PER-0046")
			.path("node.publishedDate")
			.entity(String.class)
			.isEqualTo("2018-06-04");
		this.graphQl.documentName("rectificationLedgerLine")
			.variable("id", "RECT-S14-1")
			.execute()
			.path("node.onTheSpot")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("node.status")
			.entity(String.class)
			.isEqualTo("DONE");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theHandOversGoToTheCitysOwnDepartmentsAndCoverTheirFindings() {
		List<Map<String, Object>> rows = this.graphQl.documentName("competentDepartments")
			.variable("committeeId", "ORG-QA-SW")
			.variable("minOrgs", 2)
			.execute()
			.path("competentDepartments")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		Map<String, Object> finance = rows.stream()
			.filter((r) -> "FINANCIAL_MISMANAGEMENT".equals(r.get("category")))
			.findFirst()
			.orElseThrow();
		assertThat(finance.get("department")).isEqualTo(Map.of("id", "ORG-QA-CZJ", "name", "黔安市财政局"));
		assertThat(finance).containsEntry("covered", 3).containsEntry("handovers", List.of(Map.of("id", "HND-S15-1")));
		assertThat((List<String>) finance.get("sectors")).contains("CIVIL_AFFAIRS", "EDUCATION", "AGRICULTURE");
		Map<String, Object> procurement = rows.stream()
			.filter((r) -> "PROCUREMENT".equals(r.get("category")))
			.findFirst()
			.orElseThrow();
		assertThat(procurement.get("department")).isEqualTo(Map.of("id", "ORG-QA-FGW", "name", "黔安市发展和改革委员会"));
		assertThat(procurement).containsEntry("covered", 3);
	}

}
