package org.oversight.insight;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
 * Rates, figure breakdowns and the coverage plan match values computed by hand from
 * {@link LedgerFixture}.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RatesIT {

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

	/** key → "fedBack/rectified/rate/tasks/overdue". */
	private Map<String, String> rates(String by) {
		List<Map<String, Object>> rows = this.graphQl
			.document("{ rectificationRates(by: " + by + ", termId: \"" + this.p
					+ "TERM\", asOf: \"2024-01-01\") { key fedBack rectified rate tasks overdue } }")
			.execute()
			.path("rectificationRates")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		return rows.stream()
			.collect(Collectors.toMap((r) -> String.valueOf(r.get("key")).replace(this.p, ""), (r) -> r.get("fedBack")
					+ "/" + r.get("rectified") + "/" + r.get("rate") + "/" + r.get("tasks") + "/" + r.get("overdue")));
	}

	@Test
	void ratesByEveryDimensionMatchTheHandComputedValues() {
		assertThat(rates("ROUND"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("R1", "3/2/66.67/4/1", "R2", "1/0/0.0/1/0"));
		assertThat(rates("SECTOR"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("EDUCATION", "3/1/33.33/4/1", "HEALTH", "1/1/100.0/1/0"));
		assertThat(rates("LEVEL"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("CITY", "3/2/66.67/4/1", "COUNTY", "1/0/0.0/1/0"));
		assertThat(rates("ORGANIZATION")).containsExactlyInAnyOrderEntriesOf(
				Map.of("D1", "2/1/50.0/3/1", "D2", "1/1/100.0/1/0", "C-1", "1/0/0.0/1/0"));
		assertThat(rates("TERM")).containsExactlyInAnyOrderEntriesOf(Map.of("TERM", "4/2/50.0/5/1"));
	}

	@Test
	void theFigureViewBreaksTheTermDownAndFollowsItRoundByRound() {
		var view = this.graphQl.document("{ figureView(termId: \"" + this.p + "TERM\") { "
				+ "totals { problemsFound leads cases peopleInCases sanctions admonitions fedBack rectified rectificationRate rulesRevised } "
				+ "bySector { key label figures { problemsFound leads cases sanctions admonitions fedBack rectified rulesRevised } } "
				+ "byLevel { key figures { problemsFound fedBack rectified } } "
				+ "trend { key label figures { problemsFound leads fedBack rectified } } } }")
			.execute();
		view.path("figureView.totals")
			.entity(Map.class)
			.isEqualTo(Map.of("problemsFound", 5, "leads", 1, "cases", 1, "peopleInCases", 1, "sanctions", 1,
					"admonitions", 1, "fedBack", 4, "rectified", 2, "rectificationRate", 50.0, "rulesRevised", 1));
		view.path("figureView.bySector[0].key").entity(String.class).isEqualTo("EDUCATION");
		view.path("figureView.bySector[0].label").entity(String.class).isEqualTo("教育");
		view.path("figureView.bySector[0].figures")
			.entity(Map.class)
			.isEqualTo(Map.of("problemsFound", 4, "leads", 1, "cases", 1, "sanctions", 1, "admonitions", 1, "fedBack",
					3, "rectified", 1, "rulesRevised", 0));
		view.path("figureView.bySector[1].key").entity(String.class).isEqualTo("HEALTH");
		view.path("figureView.bySector[1].figures")
			.entity(Map.class)
			.isEqualTo(Map.of("problemsFound", 1, "leads", 0, "cases", 0, "sanctions", 0, "admonitions", 0, "fedBack",
					1, "rectified", 1, "rulesRevised", 1));
		view.path("figureView.byLevel[*].key").entityList(String.class).containsExactly("CITY", "COUNTY");
		view.path("figureView.byLevel[*].figures.problemsFound").entityList(Integer.class).containsExactly(3, 2);
		view.path("figureView.trend[*].key")
			.entityList(String.class)
			.containsExactly(this.p + "R1", this.p + "R2", this.p + "RL");
		view.path("figureView.trend[*].figures.problemsFound").entityList(Integer.class).containsExactly(3, 2, 0);
		view.path("figureView.trend[*].figures.rectified").entityList(Integer.class).containsExactly(2, 0, 0);
		view.path("figureView.trend[0].label").entity(String.class).isEqualTo("第一轮");
	}

	@Test
	void theCoveragePlanListsTheUncoveredRiskiestFirst() {
		var plan = this.graphQl
			.document("{ coveragePlan(termId: \"" + this.p + "TERM\", asOf: \"2024-01-01\") { "
					+ "byLevel { level organizations covered remaining rate } "
					+ "uncovered { organization { id } openAlerts petitions pastFindings risk } } }")
			.execute();
		plan.path("coveragePlan.byLevel[0]")
			.entity(Map.class)
			.isEqualTo(Map.of("level", "CITY", "organizations", 4, "covered", 2, "remaining", 2, "rate", 50.0));
		plan.path("coveragePlan.byLevel[1]")
			.entity(Map.class)
			.isEqualTo(Map.of("level", "COUNTY", "organizations", 2, "covered", 1, "remaining", 1, "rate", 50.0));
		plan.path("coveragePlan.uncovered[*].organization.id")
			.entityList(String.class)
			.containsExactly(this.p + "D4", this.p + "D3", this.p + "C");
		plan.path("coveragePlan.uncovered[0]")
			.entity(Map.class)
			.isEqualTo(Map.of("organization", Map.of("id", this.p + "D4"), "openAlerts", 1, "petitions", 0,
					"pastFindings", 1, "risk", 4));
		plan.path("coveragePlan.uncovered[1].petitions").entity(Integer.class).isEqualTo(1);
		plan.path("coveragePlan.uncovered[1].risk").entity(Integer.class).isEqualTo(2);
	}

	@Test
	void badScopesAreRefused() {
		this.graphQl.document("{ rectificationRates(by: ROUND, termId: \"" + this.p + "NOPE\") { key } }")
			.execute()
			.errors()
			.expect((e) -> "NOT_FOUND".equals(e.getExtensions().get("code"))
					&& "termId".equals(e.getExtensions().get("field")))
			.verify();
		this.graphQl.document("{ coveragePlan(termId: \"" + this.p + "TERM\", asOf: \"soon\") { byLevel { level } } }")
			.execute()
			.errors()
			.expect((e) -> "asOf".equals(e.getExtensions().get("field")))
			.verify();
	}

}
