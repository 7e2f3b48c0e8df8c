package org.oversight.redflag;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the sample city, every spec rule finds exactly the hits of
 * {@code expected-red-flags.json} (computed independently from the definitions), each
 * with the evidence listed there, and the planted near misses stay quiet.
 */
@GraphTest
@TestPropertySource(properties = "oversight.load-sample=true")
class RedFlagSampleIT {

	static final List<String> SPEC_RULES = List.of("PUBLIC_FUNDS_TO_PERSONAL", "CONFLICT_OF_INTEREST_CONTRACT",
			"QUANTITY_SHORTFALL", "COLLECTIVE_VIOLATION", "RECURRING_AFTER_RECTIFICATION", "OVERDUE_RECTIFICATION",
			"CONTRACTOR_CONCENTRATION", "SPLIT_CONTRACTS", "CIRCULAR_FLOW", "INSPECTOR_CONFLICT", "SANCTION_IGNORED",
			"CORROBORATED_LEADS", "OVERRUN_SLOW_START", "SUBSIDY_INELIGIBLE");

	static final String HITS = "rule subject summary score evidence { nodes { id kind } edges { type from to id } }";

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void everySpecRuleFindsExactlyTheExpectedHitsWithTheirEvidence() throws IOException {
		JsonNode expected = new ObjectMapper().readTree(Path.of("import/sample/expected-red-flags.json").toFile());
		Map<String, Set<String>> wantedSubjects = new TreeMap<>();
		SPEC_RULES.forEach((rule) -> wantedSubjects.put(rule, new TreeSet<>()));
		List<String> mismatches = new ArrayList<>();
		Map<String, Set<String>> evidence = new TreeMap<>();
		for (JsonNode hit : expected.get("hits")) {
			wantedSubjects.get(hit.get("rule").asText()).add(hit.get("subject").asText());
		}
		List<Map<String, Object>> hits = hits("asOf: \"" + expected.get("asOf").asText() + "\"");
		Map<String, Set<String>> gotSubjects = new TreeMap<>();
		SPEC_RULES.forEach((rule) -> gotSubjects.put(rule, new TreeSet<>()));
		for (Map<String, Object> hit : hits) {
			gotSubjects.computeIfAbsent((String) hit.get("rule"), (k) -> new TreeSet<>())
				.add((String) hit.get("subject"));
			evidence.put(hit.get("rule") + "/" + hit.get("subject"), evidenceIds(hit));
			assertThat((String) hit.get("summary")).as("summary of " + hit.get("subject")).isNotBlank();
		}
		SPEC_RULES.forEach((rule) -> {
			if (!gotSubjects.get(rule).equals(wantedSubjects.get(rule))) {
				mismatches.add(rule + ": got " + gotSubjects.get(rule) + ", expected " + wantedSubjects.get(rule));
			}
		});
		for (JsonNode hit : expected.get("hits")) {
			Set<String> got = evidence.getOrDefault(hit.get("rule").asText() + "/" + hit.get("subject").asText(),
					Set.of());
			hit.withArray("evidence").forEach((id) -> {
				if (!got.contains(id.asText())) {
					mismatches.add(hit.get("rule").asText() + "/" + hit.get("subject").asText() + " lacks evidence "
							+ id.asText() + " (has " + got + ")");
				}
			});
		}
		assertThat(mismatches).isEmpty();
	}

	@Test
	void thePlantedNearMissesDoNotFire() {
		Map<String, String> nearMisses = Map.ofEntries(Map.entry("QUANTITY_SHORTFALL", "PRJ-S2N-1"),
				Map.entry("COLLECTIVE_VIOLATION", "ORG-QA-CL"),
				Map.entry("RECURRING_AFTER_RECTIFICATION", "FND-S7N-02"), Map.entry("SPLIT_CONTRACTS", "CT-S13N-1"),
				Map.entry("CIRCULAR_FLOW", "ACC-CO-S9N-XY"), Map.entry("INSPECTOR_CONFLICT", "PER-S10-WU"),
				Map.entry("SANCTION_IGNORED", "PER-S11N-FENG"), Map.entry("CORROBORATED_LEADS", "PER-S1-YANG"),
				Map.entry("CONFLICT_OF_INTEREST_CONTRACT", "CT-0065"));
		List<String> subjects = hits("asOf: \"2026-11-01\"").stream()
			.map((h) -> h.get("rule") + "/" + h.get("subject"))
			.toList();
		nearMisses.forEach((rule, subject) -> assertThat(subjects).doesNotContain(rule + "/" + subject));
		assertThat(subjects).doesNotContain("QUANTITY_SHORTFALL/PRJ-S2N-2", "RECURRING_AFTER_RECTIFICATION/FND-S7N-04",
				"SANCTION_IGNORED/PER-S4-SUN", "SANCTION_IGNORED/PER-S5-LUO", "OVERRUN_SLOW_START/PRJ-S22N-1",
				"SUBSIDY_INELIGIBLE/HH-S21-1", "SUBSIDY_INELIGIBLE/HH-S21-4", "SUBSIDY_INELIGIBLE/HH-S21-5");
	}

	@Test
	void theSubsidiesToTheVillageSecretarysKinAreFoundByBeneficiaryCapture() {
		// Story 5 has no spec rule; the extra detector finds the four relatives on the
		// roll.
		List<String> subjects = hits("asOf: \"2026-11-01\", rules: [\"BENEFICIARY_CAPTURE\"]").stream()
			.map((h) -> (String) h.get("subject"))
			.toList();
		assertThat(subjects).contains("PER-S5-WU", "PER-S5-BRO", "PER-S5-DAU", "PER-S5-INLAW");
		// Story 21: paid from the account the township finance office keeps for the
		// village (村账乡代管), which pays as the village.
		assertThat(subjects).contains("PER-S21-LIN");
	}

	@Test
	void everyRuleRunsOverTheWholeSampleCityWithinFiveSeconds() {
		Map<String, Long> millis = new TreeMap<>();
		for (String rule : this.graphQl.document("{ redFlagRules { code } }")
			.execute()
			.path("redFlagRules[*].code")
			.entityList(String.class)
			.get()) {
			long start = System.nanoTime();
			hits("asOf: \"2026-11-01\", rules: [\"" + rule + "\"]");
			millis.put(rule, (System.nanoTime() - start) / 1_000_000);
		}
		System.out.println("Red-flag rules over the sample city (ms): " + millis);
		assertThat(millis.values()).allMatch((ms) -> ms < 5000);
	}

	@Test
	void listsEveryRuleWithItsHeader() {
		GraphQlTester.Response rules = this.graphQl
			.document("{ redFlagRules { code title titleZh severity description descriptionZh } }")
			.execute();
		List<String> codes = rules.path("redFlagRules[*].code").entityList(String.class).get();
		assertThat(codes).containsAll(SPEC_RULES);
		// The workbench's catalogue reads each definition in Chinese.
		assertThat(rules.path("redFlagRules[*].descriptionZh").entityList(String.class).get()).hasSameSizeAs(codes)
			.allSatisfy((zh) -> assertThat(zh).containsPattern("[\\u4e00-\\u9fff]{4}"));
	}

	List<Map<String, Object>> hits(String args) {
		return this.graphQl.document("{ redFlags(" + args + ") { " + HITS + " } }")
			.execute()
			.path("redFlags")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
	}

	@SuppressWarnings("unchecked")
	static Set<String> evidenceIds(Map<String, Object> hit) {
		Map<String, Object> evidence = (Map<String, Object>) hit.get("evidence");
		Set<String> ids = new TreeSet<>();
		((List<Map<String, Object>>) evidence.get("nodes")).forEach((n) -> ids.add((String) n.get("id")));
		((List<Map<String, Object>>) evidence.get("edges")).forEach((e) -> {
			if (e.get("id") != null) {
				ids.add((String) e.get("id"));
			}
		});
		return ids;
	}

}
