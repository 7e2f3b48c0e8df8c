package org.oversight.insight;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.ingest.Importer;
import org.oversight.rectification.LedgerFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures as of a day are reproducible: the same question with the same asOf gives the
 * same numbers after later-dated edits made through the API (a failed and a passed
 * revisit, a completion, a new task, a new finding, a new sanction), while the figures of
 * now move.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresAsOfIT {

	static final String DAY = "2023-01-01";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Importer importer;

	String p;

	@BeforeAll
	void load() {
		this.p = TestData.prefix();
		TestData.load(this.importer, this.p, LedgerFixture.files());
	}

	/** Every field of the figures document, by root field. */
	private Map<String, Object> answer(String asOf) {
		var response = this.graphQl.documentName("figuresAsOf")
			.variable("termId", this.p + "TERM")
			.variable("asOf", asOf)
			.execute();
		Map<String, Object> answer = new java.util.LinkedHashMap<>();
		answer.put("figures", response.path("figures").entity(Map.class).get());
		answer.put("figureView", response.path("figureView").entity(Map.class).get());
		answer.put("rectificationRates", response.path("rectificationRates").entityList(Map.class).get());
		answer.put("coverage", response.path("coverage").entityList(Map.class).get());
		return answer;
	}

	private Map<String, Object> figures(String asOf) {
		return (Map<String, Object>) answer(asOf).get("figures");
	}

	@Test
	void laterEditsLeaveTheFiguresOfAPastDayAlone() {
		Map<String, Object> before = answer(DAY);
		Map<String, Object> nowBefore = figures(null);
		assertThat(figures(DAY)).containsEntry("fedBack", 4)
			.containsEntry("rectified", 2)
			.containsEntry("rectificationRate", 50.0)
			.containsEntry("asOf", DAY)
			.containsEntry("rateDefinition", "PER_PROBLEM");

		// A revisit fails X1 (done in 2021): today it makes F1 unrectified.
		this.graphQl.documentName("verifyRectification")
			.variable("id", this.p + "X1")
			.variable("roundId", this.p + "RL")
			.variable("passed", false)
			.variable("note", "津补贴仍在发放")
			.variable("date", "2023-04-01")
			.variable("newDeadline", "2023-06-30")
			.execute()
			.path("verifyRectification.status")
			.entity(String.class)
			.isEqualTo("REJECTED");
		this.graphQl.documentName("verifyRectification")
			.variable("id", this.p + "X4")
			.variable("roundId", this.p + "RL")
			.variable("passed", true)
			.variable("date", "2023-04-02")
			.execute()
			.path("verifyRectification.verifications[0].completedDate")
			.entity(String.class)
			.isEqualTo("2021-09-01");
		this.graphQl.documentName("completeRectification")
			.variable("id", this.p + "X3")
			.variable("evidence", "报销制度")
			.variable("completedDate", "2023-06-01")
			.execute()
			.path("completeRectification.status")
			.entity(String.class)
			.isEqualTo("DONE");
		this.graphQl.documentName("addRectificationTask")
			.variable("input",
					Map.of("id", this.p + "X6", "findingId", this.p + "F5", "task", "整改其他问题", "deadline", "2099-06-30"))
			.execute()
			.path("addRectificationTask.status")
			.entity(String.class)
			.isEqualTo("PENDING");
		this.graphQl.documentName("createFinding")
			.variable("input",
					Map.of("id", this.p + "F7", "teamId", this.p + "T2", "orgId", this.p + "C-1", "category",
							"FORMALISM", "foundDate", "2023-02-01"))
			.execute()
			.path("createFinding.id")
			.hasValue();
		this.graphQl.documentName("createSanction")
			.variable("input",
					Map.of("id", this.p + "S2", "personId", this.p + "P2", "type", "ADMONITION_TALK", "date",
							"2023-03-01", "caseId", this.p + "K1"))
			.execute()
			.path("createSanction.id")
			.hasValue();

		assertThat(answer(DAY)).isEqualTo(before);
		Map<String, Object> now = figures(null);
		assertThat(now).isNotEqualTo(nowBefore);
		assertThat(now).containsEntry("problemsFound", 6)
			.containsEntry("fedBack", 5)
			.containsEntry("sanctions", 2)
			.containsEntry("asOf", null);
		// Between the revisit and the new completion F1 was reopened and F2 not yet done.
		assertThat(figures("2023-04-15")).containsEntry("rectified", 1).containsEntry("fedBack", 4);
		// After X3's completion: F2 and F3 rectified, F1 reopened.
		assertThat(figures("2023-06-15")).containsEntry("rectified", 2);
	}

	@Test
	void coverageAndRatesCountOnlyWhatHadHappenedByTheDay() {
		List<Map<String, Object>> early = (List<Map<String, Object>>) answer("2021-01-01").get("coverage");
		assertThat(early).allSatisfy((level) -> assertThat(level).containsEntry("covered", 0));
		List<Map<String, Object>> later = (List<Map<String, Object>>) answer("2022-01-01").get("coverage");
		assertThat(later.get(0)).containsEntry("level", "CITY").containsEntry("covered", 2);
		assertThat(later.get(1)).containsEntry("level", "COUNTY").containsEntry("covered", 0);
		Map<String, Object> figures = figures("2021-05-01");
		assertThat(figures).containsEntry("problemsFound", 3).containsEntry("rectified", 0).containsEntry("cases", 0);
	}

	@Test
	void sanctionsAreCountedPerPersonAndByKindNeverLumped() {
		Map<String, Object> figures = figures(DAY);
		List<Map<String, Object>> types = (List<Map<String, Object>>) figures.get("peopleByType");
		assertThat(types).hasSize(org.oversight.lead.SanctionType.values().length);
		assertThat(types).filteredOn((t) -> "ADMONITION_TALK".equals(t.get("type")))
			.singleElement()
			.satisfies((t) -> assertThat(t).containsEntry("typeZh", "约谈")
				.containsEntry("form", "ACCOUNTABILITY")
				.containsEntry("people", 1)
				.containsEntry("sanctions", 1));
		assertThat(types).filteredOn((t) -> "ACCOUNTABILITY".equals(t.get("type")))
			.singleElement()
			.satisfies((t) -> assertThat(t).containsEntry("people", 0));
		List<Map<String, Object>> forms = (List<Map<String, Object>>) figures.get("peopleByForm");
		assertThat(forms).filteredOn((f) -> "ACCOUNTABILITY".equals(f.get("form")))
			.singleElement()
			.satisfies((f) -> assertThat(f).containsEntry("people", 1).containsEntry("sanctions", 1));
		Map<String, Object> view = (Map<String, Object>) answer(DAY).get("figureView");
		List<Map<String, Object>> sectors = (List<Map<String, Object>>) view.get("bySector");
		Map<String, Object> education = sectors.stream()
			.filter((g) -> "EDUCATION".equals(g.get("key")))
			.findFirst()
			.orElseThrow();
		List<Map<String, Object>> educationTypes = (List<Map<String, Object>>) ((Map<String, Object>) education
			.get("figures")).get("peopleByType");
		assertThat(educationTypes).filteredOn((t) -> "ADMONITION_TALK".equals(t.get("type")))
			.singleElement()
			.satisfies((t) -> assertThat(t).containsEntry("people", 1).containsEntry("sanctions", 1));
	}

	@Test
	void aBadDayIsRefusedNamingTheArgument() {
		this.graphQl.document("{ figures(asOf: \"2023-13-01\") { fedBack } }")
			.execute()
			.errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getExtensions().get("code"))
					&& "asOf".equals(e.getExtensions().get("field")))
			.verify();
		this.graphQl.document("{ coverage(termId: \"" + this.p + "TERM\", asOf: \"yesterday\") { level } }")
			.execute()
			.errors()
			.expect((e) -> "asOf".equals(e.getExtensions().get("field")))
			.verify();
	}

}
