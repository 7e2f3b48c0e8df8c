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
import org.oversight.rectification.LedgerFixture;
import org.oversight.security.Role;
import org.oversight.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every number opens the records behind it: for each figure, the drill-down lists as many
 * records as the figure counts, for an administrator and for an inspector who may not see
 * the term's lead (and so neither its case nor its sanction).
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FigureRecordsIT {

	static final String PASSWORD = "figure-records-pw";

	static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("PROBLEMS_FOUND", "problemsFound"),
			Map.entry("LEADS", "leads"), Map.entry("CASES", "cases"), Map.entry("PEOPLE_IN_CASES", "peopleInCases"),
			Map.entry("SANCTIONS", "sanctions"), Map.entry("PEOPLE_SANCTIONED", "peopleSanctioned"),
			Map.entry("JUDICIAL_TRANSFERS", "judicialTransfers"), Map.entry("ADMONITIONS", "admonitions"),
			Map.entry("FED_BACK", "fedBack"), Map.entry("RECTIFIED", "rectified"),
			Map.entry("RULES_REVISED", "rulesRevised"));

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
		TestData.load(this.importer, this.p, LedgerFixture.files());
		this.users.save(this.p + "inspector", PASSWORD, Role.INSPECTOR, this.p + "P2", null, null);
	}

	private Map<String, Object> figures(HttpGraphQlTester tester, String asOf) {
		return tester
			.document("query($t: ID, $a: String) { figures(termId: $t, asOf: $a) { problemsFound leads cases "
					+ "peopleInCases sanctions peopleSanctioned judicialTransfers admonitions fedBack rectified "
					+ "rulesRevised } }")
			.variable("t", this.p + "TERM")
			.variable("a", asOf)
			.execute()
			.path("figures")
			.entity(Map.class)
			.get();
	}

	private Map<String, Object> records(HttpGraphQlTester tester, String figure, String asOf, String by, String key) {
		return tester.documentName("figureRecords")
			.variable("figure", figure)
			.variable("termId", this.p + "TERM")
			.variable("asOf", asOf)
			.variable("by", by)
			.variable("key", key)
			.execute()
			.path("figureRecords")
			.entity(Map.class)
			.get();
	}

	private void everyNumberOpensAsManyRecords(HttpGraphQlTester tester, String asOf) {
		Map<String, Object> figures = figures(tester, asOf);
		FIELDS.forEach((figure, field) -> {
			Map<String, Object> records = records(tester, figure, asOf, null, null);
			assertThat(records.get("totalCount")).as(figure).isEqualTo(figures.get(field));
			assertThat((List<?>) records.get("records")).as(figure).hasSize((Integer) figures.get(field));
		});
	}

	@Test
	void anAdministratorsNumbersOpenExactlyTheirRecords() {
		everyNumberOpensAsManyRecords(this.admin, null);
		everyNumberOpensAsManyRecords(this.admin, "2021-12-31");
		Map<String, Object> rectified = records(this.admin, "RECTIFIED", null, null, null);
		assertThat(((List<Map<String, Object>>) rectified.get("records")).stream().map((r) -> r.get("id")))
			.containsExactly(this.p + "F1", this.p + "F3");
		assertThat(records(this.admin, "LEADS", null, null, null).get("totalCount")).isEqualTo(1);
	}

	@Test
	void anInspectorCountsAndOpensOnlyWhatTheInspectorMaySee() {
		HttpGraphQlTester inspector = TestGraphQl.as(this.client, this.p + "inspector", PASSWORD);
		everyNumberOpensAsManyRecords(inspector, null);
		Map<String, Object> figures = figures(inspector, null);
		assertThat(figures).containsEntry("leads", 0).containsEntry("cases", 0).containsEntry("sanctions", 0);
		assertThat(records(inspector, "LEADS", null, null, null).get("records")).asList().isEmpty();
		assertThat(figures).containsEntry("problemsFound", 5);
	}

	@Test
	void aGroupOfABreakdownOpensItsOwnRecords() {
		List<Map<String, Object>> sectors = this.admin
			.document("query($t: ID) { figureView(termId: $t) { bySector { key figures { problemsFound leads } } } }")
			.variable("t", this.p + "TERM")
			.execute()
			.path("figureView.bySector")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		for (Map<String, Object> group : sectors) {
			String key = (String) group.get("key");
			Map<String, Object> figures = (Map<String, Object>) group.get("figures");
			assertThat(records(this.admin, "PROBLEMS_FOUND", null, "SECTOR", key).get("totalCount")).as(key)
				.isEqualTo(figures.get("problemsFound"));
			assertThat(records(this.admin, "LEADS", null, "SECTOR", key).get("totalCount")).as(key)
				.isEqualTo(figures.get("leads"));
		}
		assertThat(sectors).extracting((g) -> g.get("key")).contains("EDUCATION", "HEALTH");
	}

}
