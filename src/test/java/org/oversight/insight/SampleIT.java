package org.oversight.insight;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.oversight.graph.Cypher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample city loads at startup into an empty database, and the API reproduces the
 * figures documented in {@code import/sample/README.md} (kept machine-readable in
 * {@code expected-stats.json}).
 */
@GraphTest
@TestPropertySource(properties = "oversight.load-sample=true")
class SampleIT {

	static final Path SAMPLE = Path.of("import/sample");

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Cypher cypher;

	@Test
	void everyRowOfTheSampleIsInTheGraph() throws IOException {
		for (String file : List.of("regions.csv", "organizations.csv", "persons.csv", "findings.csv", "leads.csv",
				"rectifications.csv")) {
			long rows = Files.readAllLines(SAMPLE.resolve(file)).size() - 1;
			String kind = Map
				.of("regions.csv", "Region", "organizations.csv", "Organization", "persons.csv", "Person",
						"findings.csv", "Finding", "leads.csv", "Lead", "rectifications.csv", "Rectification")
				.get(file);
			long nodes = this.cypher
				.read("MATCH (n:`" + kind + "`) RETURN count(n)", Map.of(), (r) -> r.get(0).asLong())
				.get(0);
			assertThat(nodes).as(file).isEqualTo(rows);
		}
		long transfers = Files.readAllLines(SAMPLE.resolve("transfers.csv")).size() - 1;
		assertThat(this.cypher.read("MATCH ()-[t:TRANSFER]->() RETURN count(t)", Map.of(), (r) -> r.get(0).asLong()))
			.containsExactly(transfers);
	}

	/**
	 * A tie between two persons reads from the side of the person it is asked from: the
	 * other person is never the person asked about, and the relation is theirs (罗某某's
	 * daughter 罗某某 has him as a parent).
	 */
	@Test
	void relationsAreToldFromThePersonAskedAbout() {
		for (String id : List.of("PER-S5-LUO", "PER-S5-DAU", "PER-S4-HE-WIFE")) {
			List<Map<String, Object>> relations = this.graphQl.documentName("personRelations")
				.variable("id", id)
				.execute()
				.path("node.relations")
				.entity(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {
				})
				.get();
			assertThat(relations).as(id)
				.isNotEmpty()
				.allSatisfy((tie) -> assertThat(tie).extracting("person").isEqualTo(Map.of("id", id)))
				.allSatisfy((tie) -> assertThat(tie).extracting("otherPerson.id").isNotEqualTo(id))
				// The other person's properties are read whichever way the tie is stored.
				.allSatisfy((tie) -> assertThat(tie).extracting("otherPerson.name").isNotNull());
		}
		assertThat(this.graphQl.documentName("personRelations")
			.variable("id", "PER-S5-DAU")
			.execute()
			.path("node.relations[?(@.otherPerson.id == 'PER-S5-LUO')].relation")
			.entityList(String.class)
			.get()).containsExactly("PARENT");
		assertThat(this.graphQl.documentName("personRelations")
			.variable("id", "PER-S5-LUO")
			.execute()
			.path("node.relations[?(@.otherPerson.id == 'PER-S5-DAU')].relation")
			.entityList(String.class)
			.get()).containsExactly("CHILD");
	}

	@Test
	void reproducesTheDocumentedFiguresOfTheWholeDatasetEveryTermAndEveryRound() throws IOException {
		JsonNode expected = expected();
		List<String> mismatches = new ArrayList<>();
		compare("whole", expected.get("whole"), figures(""), mismatches);
		expected.get("terms")
			.fields()
			.forEachRemaining(
					(e) -> compare(e.getKey(), e.getValue(), figures("termId: \"" + e.getKey() + "\""), mismatches));
		expected.get("rounds")
			.fields()
			.forEachRemaining(
					(e) -> compare(e.getKey(), e.getValue(), figures("roundId: \"" + e.getKey() + "\""), mismatches));
		assertThat(mismatches).isEmpty();
	}

	@Test
	void reproducesTheDocumentedCoverage() throws IOException {
		List<String> mismatches = new ArrayList<>();
		for (JsonNode row : expected().get("coverage")) {
			for (boolean combined : new boolean[] { false, true }) {
				String suffix = combined ? "combined" : "own";
				List<Map<String, Object>> levels = this.graphQl
					.document("{ coverage(termId: \"" + row.get("term").asText() + "\", combined: " + combined
							+ ") { level organizations covered rate } }")
					.execute()
					.path("coverage")
					.entityList(Map.class)
					.get()
					.stream()
					.map((m) -> (Map<String, Object>) m)
					.filter((m) -> m.get("level").equals(row.get("level").asText()))
					.toList();
				String actual = levels.isEmpty() ? "none"
						: levels.get(0).get("organizations") + "/" + levels.get(0).get("covered") + "/"
								+ String.format("%.2f%%", ((Number) levels.get(0).get("rate")).doubleValue());
				String wanted = row.get("organizations").asInt() + "/" + row.get("covered_" + suffix).asInt() + "/"
						+ row.get("coverage_" + suffix).asText();
				if (!actual.equals(wanted)) {
					mismatches.add(row.get("term").asText() + " " + row.get("level").asText() + " " + suffix + ": "
							+ actual + " != " + wanted);
				}
			}
		}
		assertThat(mismatches).isEmpty();
	}

	@Test
	void findsThePlantedPeopleByTheirChineseNames() {
		this.graphQl.document("{ search(text: \"杨某某\", kinds: [\"Person\"]) { entity { id name } } }")
			.execute()
			.path("search[*].entity.id")
			.entityList(String.class)
			.contains("PER-S1-YANG");
	}

	private Map<String, Object> figures(String args) {
		String call = args.isEmpty() ? "figures" : "figures(" + args + ")";
		return this.graphQl
			.document("{ f: " + call + " { problemsFound leads cases peopleInCases sanctions "
					+ "peopleSanctioned judicialTransfers fedBack rectified rectificationRate rulesRevised admonitions "
					+ "peopleByForm { form people } } }")
			.execute()
			.path("f")
			.entity(Map.class)
			.get();
	}

	private static void compare(String scope, JsonNode expected, Map<String, Object> actual, List<String> mismatches) {
		Map<String, String> names = Map.ofEntries(Map.entry("problems_found", "problemsFound"),
				Map.entry("leads", "leads"), Map.entry("cases", "cases"), Map.entry("people_in_cases", "peopleInCases"),
				Map.entry("sanctions", "sanctions"), Map.entry("people_sanctioned", "peopleSanctioned"),
				Map.entry("judicial_transfers", "judicialTransfers"), Map.entry("fed_back", "fedBack"),
				Map.entry("rectified", "rectified"), Map.entry("rules_revised", "rulesRevised"),
				Map.entry("admonitions", "admonitions"));
		names.forEach((json, field) -> {
			long want = expected.get(json).asLong();
			long got = ((Number) actual.get(field)).longValue();
			if (want != got) {
				mismatches.add(scope + " " + field + ": " + got + " != " + want);
			}
		});
		// People sanctioned per form (四种形态 …): every form, as the generator counts them.
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> forms = (List<Map<String, Object>>) actual.get("peopleByForm");
		expected.get("people_by_form").fields().forEachRemaining((e) -> {
			long got = forms.stream()
				.filter((f) -> e.getKey().equals(f.get("form")))
				.mapToLong((f) -> ((Number) f.get("people")).longValue())
				.findFirst()
				.orElse(-1);
			if (got != e.getValue().asLong()) {
				mismatches.add(scope + " people " + e.getKey() + ": " + got + " != " + e.getValue().asLong());
			}
		});
		JsonNode rate = expected.get("rectification_rate");
		Object got = actual.get("rectificationRate");
		String gotText = (got == null) ? "null" : String.format("%.2f%%", ((Number) got).doubleValue());
		String wantText = rate.isNull() ? "null" : rate.asText();
		if (!gotText.equals(wantText)) {
			mismatches.add(scope + " rate: " + gotText + " != " + wantText);
		}
	}

	private static JsonNode expected() throws IOException {
		return new ObjectMapper().readTree(SAMPLE.resolve("expected-stats.json").toFile());
	}

}
