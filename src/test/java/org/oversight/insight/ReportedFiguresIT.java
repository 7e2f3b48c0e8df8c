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
 * Published figures beside computed ones: the seeds' figures (domain.md) loaded as a
 * small ledger, where Anshun's published 95.8% is what 17,487 of 21,336 is not (82.0%)
 * and Xiangyang's 98.81% is not what 4,119 of 4,173 is (98.7%); and a figure published
 * for a term of the graph, beside the value computed as of its day.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportedFiguresIT {

	static final String PASSWORD = "reported-figures-pw";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient client;

	@Autowired
	Importer importer;

	@Autowired
	UserService users;

	String p;

	/**
	 * The seeds' figure tables as a bundle: two committees, their terms, what they
	 * published.
	 */
	static Map<String, String> seeds() {
		return Map.of("organizations.csv", """
				id,name,kind,level
				$AS,中共安顺市委,PARTY_COMMITTEE,CITY
				$XY,中共襄阳市委,PARTY_COMMITTEE,CITY
				""", "terms.csv", """
				id,name,committee_id,start_date,end_date
				$AS-T,安顺市委第四届,$AS,2017-01-01,2021-12-31
				$XY-T,襄阳市委第十三届,$XY,2016-10-01,2021-09-30
				""", "reported_figures.csv", """
				id,term_id,committee_id,combined,figure,value,numerator,denominator,source,reported_date,as_of
				$AS-RATE,$AS-T,$AS,true,RECTIFICATION_RATE,95.8,17487,21336,安顺市巡察工作综述,2021-06-30,
				$AS-FED,$AS-T,$AS,true,FED_BACK,21336,,,安顺市巡察工作综述,2021-06-30,
				$AS-RULES,$AS-T,$AS,true,RULES_REVISED,3354,,,安顺市巡察工作综述,2021-06-30,
				$XY-RATE,$XY-T,$XY,,RECTIFICATION_RATE,98.81,4119,4173,襄阳市委巡察工作五年综述,2021-08-20,2021-08-01
				""");
	}

	@BeforeAll
	void load() {
		this.p = TestData.prefix();
		TestData.load(this.importer, this.p, seeds());
		TestData.load(this.importer, this.p, LedgerFixture.files());
		this.users.save(this.p + "inspector", PASSWORD, Role.INSPECTOR, this.p + "P1", null, null);
	}

	private List<Map<String, Object>> beside(String term) {
		return this.graphQl.documentName("reportedBesideComputed")
			.variable("termId", this.p + term)
			.execute()
			.path("reportedBesideComputed")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
	}

	private static Map<String, Object> of(List<Map<String, Object>> rows, String figure) {
		return rows.stream().filter((r) -> figure.equals(r.get("figure"))).findFirst().orElseThrow();
	}

	@Test
	void anshunsPublishedRateIsNotWhatItsOwnCountsGive() {
		Map<String, Object> rate = of(beside("AS-T"), "RECTIFICATION_RATE");
		assertThat(rate).containsEntry("reportedValue", 95.8)
			.containsEntry("rateOfReportedCounts", 82.0)
			.containsEntry("differsFromItsCounts", true)
			.containsEntry("flagged", true)
			.containsEntry("definition", "PER_PROBLEM")
			.containsEntry("definitionZh", "按反馈问题计")
			.containsEntry("figureZh", "整改落实率")
			.containsEntry("asOf", "2021-06-30");
		// The graph holds none of Anshun's ledger: nothing is computed, no difference
		// made up.
		assertThat(rate).containsEntry("computedValue", null).containsEntry("differsFromComputed", false);
		// The document that published it, not where the record came from (the import).
		assertThat((Map<String, Object>) rate.get("reported")).containsEntry("document", "安顺市巡察工作综述");
	}

	@Test
	void xiangyangsPublishedRateIsFlaggedToo() {
		Map<String, Object> rate = of(beside("XY-T"), "RECTIFICATION_RATE");
		assertThat(rate).containsEntry("reportedValue", 98.81)
			.containsEntry("rateOfReportedCounts", 98.71)
			.containsEntry("flagged", true)
			.containsEntry("asOf", "2021-08-01");
	}

	@Test
	void aFigurePublishedForATermOfTheGraphStandsBesideTheComputedOne() {
		Map<String, Object> base = new HashMap<>(Map.of("termId", this.p + "TERM", "figure", "RECTIFICATION_RATE",
				"document", "黔安市委巡察工作报告", "reportedDate", "2024-01-10", "asOf", "2024-01-01"));
		Map<String, Object> honest = new HashMap<>(base);
		honest.putAll(Map.of("id", this.p + "REP-1", "value", 50.0, "numerator", 2.0, "denominator", 4.0));
		this.graphQl.documentName("recordReportedFigure")
			.variable("input", honest)
			.execute()
			.path("recordReportedFigure.committee.id")
			.entity(String.class)
			.isEqualTo(this.p + "CITY");
		Map<String, Object> rosy = new HashMap<>(base);
		rosy.putAll(Map.of("id", this.p + "REP-2", "value", 95.8));
		this.graphQl.documentName("recordReportedFigure").variable("input", rosy).execute();
		Map<String, Object> count = new HashMap<>(base);
		count.putAll(Map.of("id", this.p + "REP-3", "figure", "PROBLEMS_FOUND", "value", 5.0));
		this.graphQl.documentName("recordReportedFigure").variable("input", count).execute();

		List<Map<String, Object>> rows = beside("TERM");
		assertThat(rows).hasSize(3);
		Map<String, Object> first = rows.stream()
			.filter((r) -> ((Map<?, ?>) r.get("reported")).get("id").equals(this.p + "REP-1"))
			.findFirst()
			.orElseThrow();
		assertThat((Map<String, Object>) first.get("reported")).containsEntry("document", "黔安市委巡察工作报告");
		assertThat(first).containsEntry("computedValue", 50.0)
			.containsEntry("computedNumerator", 2)
			.containsEntry("computedDenominator", 4)
			.containsEntry("difference", 0.0)
			.containsEntry("flagged", false);
		Map<String, Object> second = rows.stream()
			.filter((r) -> ((Map<?, ?>) r.get("reported")).get("id").equals(this.p + "REP-2"))
			.findFirst()
			.orElseThrow();
		assertThat(second).containsEntry("computedValue", 50.0)
			.containsEntry("difference", 45.8)
			.containsEntry("differsFromComputed", true)
			.containsEntry("flagged", true);
		assertThat(of(rows, "PROBLEMS_FOUND")).containsEntry("computedValue", 5.0).containsEntry("flagged", false);
	}

	@Test
	void onlyAdministratorsAndLeadershipRecordAFigureAndBadInputIsRefused() {
		Map<String, Object> input = new HashMap<>(Map.of("termId", this.p + "TERM", "figure", "FED_BACK", "value", 4.0,
				"document", "报告", "reportedDate", "2024-01-10"));
		TestGraphQl.as(this.client, this.p + "inspector", PASSWORD)
			.documentName("recordReportedFigure")
			.variable("input", input)
			.execute()
			.errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
			.verify();
		Map<String, Object> bad = new HashMap<>(input);
		bad.put("numerator", 3.0);
		this.graphQl.documentName("recordReportedFigure")
			.variable("input", bad)
			.execute()
			.errors()
			.expect((e) -> "figure".equals(e.getExtensions().get("field")))
			.verify();
		Map<String, Object> late = new HashMap<>(input);
		late.put("reportedDate", "2024-02-30");
		this.graphQl.documentName("recordReportedFigure")
			.variable("input", late)
			.execute()
			.errors()
			.expect((e) -> "reportedDate".equals(e.getExtensions().get("field")))
			.verify();
		assertThat(beside("TERM")).noneMatch((r) -> "FED_BACK".equals(r.get("figure")));
	}

}
