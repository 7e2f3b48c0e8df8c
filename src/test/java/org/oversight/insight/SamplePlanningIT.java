package org.oversight.insight;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planning views on the sample city (read only; the same context and database as
 * {@link SampleIT}): the planted recusal case S10, the documented figures through
 * {@code figureView} and {@code rectificationRates}, the ring of the cross round and the
 * joint round's counterparts.
 */
@GraphTest
@TestPropertySource(properties = "oversight.load-sample=true")
class SamplePlanningIT {

	@Autowired
	HttpGraphQlTester graphQl;

	private static JsonNode expected() throws IOException {
		return new ObjectMapper().readTree(SampleIT.SAMPLE.resolve("expected-stats.json").toFile());
	}

	@Test
	void recusalFindsThePlantedFormerDeputyDirectorAndNotTheNearMiss() {
		this.graphQl.document(
				"{ recusalCheck(teamId: \"TEAM-QA-7-01-2\") { asOf conflicts { member { id } target { id } kind } } }")
			.execute()
			.path("recusalCheck.asOf")
			.entity(String.class)
			.isEqualTo("2022-03-07")
			.path("recusalCheck.conflicts[?(@.kind == 'POSITION_IN_TARGET')].member.id")
			.entityList(String.class)
			.containsExactly("PER-S10-LIU");
		this.graphQl.document("{ recusalCheck(teamId: \"TEAM-QA-7-01-3\") { conflicts { member { id } kind } } }")
			.execute()
			.path("recusalCheck.conflicts[?(@.kind == 'POSITION_IN_TARGET')].member.id")
			.entityList(String.class)
			.doesNotContain("PER-S10-WU");
	}

	@Test
	void theScreeningFindsTheAuditorWhoseWifesBrotherHeadsTheBureauAndTheMemberAlreadyOnACityTeam() {
		this.graphQl.documentName("recusalScreening")
			.variable("memberIds", List.of("PER-S16-ZHAO"))
			.variable("targetIds", List.of("ORG-QA-SKYMJ"))
			.variable("asOf", "2022-03-07")
			.execute()
			.path("recusalCheck.conflicts[*].kind")
			.entityList(String.class)
			.containsExactly("IN_LAW_OF_LEADER")
			.path("recusalCheck.conflicts[0].evidence.nodes[*].id")
			.entityList(String.class)
			.contains("PER-S16-ZHAO", "PER-S16-WIFE", "PER-S3-CHEN", "ORG-QA-SKYMJ")
			.hasSize(4);
		this.graphQl.documentName("recusalScreening")
			.variable("memberIds", List.of("PER-S16-ZHAO"))
			.variable("targetIds", List.of("ORG-QA-SKYMJ"))
			.variable("asOf", "2022-10-10")
			.execute()
			.path("recusalCheck.clear")
			.entity(Boolean.class)
			.isEqualTo(true);
		this.graphQl.documentName("recusalScreening")
			.variable("teamId", "TEAM-AP-2-01-1")
			.variable("memberIds", List.of("PER-S10-LIU"))
			.execute()
			.path("recusalCheck.overlaps[*].team.id")
			.entityList(String.class)
			.containsExactly("TEAM-QA-7-01-2");
	}

	private static Map<String, Object> round(String id, String start, String end, String member) {
		Map<String, Object> team = Map.of("id", id + "-1", "name", "第一巡察组", "leaderId", "PER-0018", "members",
				List.of(Map.of("personId", member, "role", "MEMBER")), "targetIds", List.of("ORG-QA-SKYMJ"));
		return Map.of("id", id, "name", "市委试排轮次", "committeeId", "ORG-QA-SW", "type", "REGULAR", "startDate", start,
				"endDate", end, "teams", List.of(team));
	}

	@Test
	void planRoundDrawsFromTheCitysPoolsAndRefusesTheSecondedMemberAndTheInLawWritingNothing() {
		this.graphQl.documentName("planRound")
			.variable("input", round("RND-QA-TRY-1", "2027-03-01", "2027-04-30", "PER-0001"))
			.execute()
			.errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getExtensions().get("code"))
					&& e.getMessage().contains("PER-0001 is in the committee's 人才库 but not available"))
			.verify();
		this.graphQl.documentName("planRound")
			.variable("input", round("RND-QA-TRY-2", "2022-06-01", "2022-07-31", "PER-S16-ZHAO"))
			.execute()
			.errors()
			.expect((e) -> "CONFLICT_OF_INTEREST".equals(e.getExtensions().get("code"))
					&& e.getMessage().contains("PER-S16-ZHAO→ORG-QA-SKYMJ: IN_LAW_OF_LEADER"))
			.verify();
		this.graphQl.document("{ nodes(ids: [\"RND-QA-TRY-1\", \"RND-QA-TRY-2\", \"RND-QA-TRY-2-1\"]) { id } }")
			.execute()
			.path("nodes")
			.entityList(Object.class)
			.satisfies((l) -> assertThat(l).containsOnlyNulls());
		this.graphQl.documentName("committeePools")
			.variable("id", "ORG-QA-SW")
			.execute()
			.path("node.poolMembers[?(@.available == false)].person.id")
			.entityList(String.class)
			.containsExactly("PER-0001");
	}

	@Test
	void theFigureViewAndTheRatesReproduceTheDocumentedTermAndRounds() throws IOException {
		JsonNode stats = expected();
		JsonNode term = stats.get("terms").get("TERM-QA-7");
		Map<String, Object> totals = this.graphQl
			.document("{ figureView(termId: \"TERM-QA-7\") { totals { problemsFound fedBack rectified leads cases } "
					+ "bySector { figures { problemsFound } } trend { key figures { problemsFound fedBack rectified } } } }")
			.execute()
			.path("figureView.totals")
			.entity(Map.class)
			.get();
		assertThat(totals.get("problemsFound")).isEqualTo(term.get("problems_found").asInt());
		assertThat(totals.get("fedBack")).isEqualTo(term.get("fed_back").asInt());
		assertThat(totals.get("rectified")).isEqualTo(term.get("rectified").asInt());
		List<Map<String, Object>> trend = this.graphQl.document(
				"{ figureView(termId: \"TERM-QA-7\") { trend { key figures { problemsFound fedBack rectified } } } }")
			.execute()
			.path("figureView.trend")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		assertThat(trend.stream().map((t) -> t.get("key"))).containsExactly("RND-QA-7-01", "RND-QA-7-02", "RND-QA-7-03",
				"RND-QA-7-04", "RND-QA-7-05", "RND-QA-7-06", "RND-QA-7-07");
		for (Map<String, Object> t : trend) {
			JsonNode round = stats.get("rounds").get((String) t.get("key"));
			Map<?, ?> f = (Map<?, ?>) t.get("figures");
			assertThat(f.get("problemsFound")).as(t.get("key") + " found")
				.isEqualTo(round.get("problems_found").asInt());
			assertThat(f.get("rectified")).as(t.get("key") + " rectified").isEqualTo(round.get("rectified").asInt());
		}
		List<Map<String, Object>> rates = this.graphQl
			.document("{ rectificationRates(by: ROUND, termId: \"TERM-QA-7\") { key fedBack rectified rate } }")
			.execute()
			.path("rectificationRates")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		for (Map<String, Object> row : rates) {
			JsonNode round = stats.get("rounds").get((String) row.get("key"));
			assertThat(row.get("fedBack")).as(row.get("key") + " fed back").isEqualTo(round.get("fed_back").asInt());
			assertThat(row.get("rectified")).as(row.get("key") + " rectified")
				.isEqualTo(round.get("rectified").asInt());
			assertThat(String.format("%.2f%%", ((Number) row.get("rate")).doubleValue()))
				.isEqualTo(round.get("rectification_rate").asText());
		}
		assertThat(rates.stream().mapToInt((r) -> (Integer) r.get("fedBack")).sum())
			.isEqualTo(term.get("fed_back").asInt());
	}

	@Test
	void theCrossRoundRingHasNoReciprocalPair() {
		List<String> pairs = this.graphQl.document(
				"{ proposeCrossInspection(roundId: \"RND-QA-6-05\") { pairs { fromCounty { id } toCounty { id } } } }")
			.execute()
			.path("proposeCrossInspection.pairs")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> ((Map<?, ?>) m.get("fromCounty")).get("id") + ">" + ((Map<?, ?>) m.get("toCounty")).get("id"))
			.toList();
		assertThat(pairs).hasSize(5);
		for (String pair : pairs) {
			String[] ends = pair.split(">");
			assertThat(pairs).doesNotContain(ends[1] + ">" + ends[0]);
			assertThat(ends[0]).isNotEqualTo(ends[1]);
		}
	}

	@Test
	void theJointRoundShowsCityAndCountyBureausSideBySide() {
		this.graphQl
			.document("{ jointInspection(roundId: \"RND-QA-7-02\") { partners { id } rows { sector target { "
					+ "organization { id } findings } counterparts { round { id } organization { id } findings } } } }")
			.execute()
			.path("jointInspection.partners[*].id")
			.entityList(String.class)
			.containsExactly("RND-QX-2-01", "RND-QZ-12-02", "RND-SM-2-01")
			.path("jointInspection.rows[?(@.target.organization.id == 'ORG-QA-XCZX')].counterparts[*].organization.id")
			.entityList(String.class)
			.containsExactly("ORG-QX-XCZX", "ORG-QZ-XCZX", "ORG-SM-XCZX");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theSecondCrossRoundRepeatsNoPairOfTheFirst() {
		var proposal = this.graphQl.documentName("crossProposal").variable("roundId", "RND-QA-7-08").execute();
		List<String> pairs = proposal.path("proposeCrossInspection.pairs")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> ((Map<String, Object>) m.get("fromCounty")).get("id") + ">"
					+ ((Map<String, Object>) m.get("toCounty")).get("id"))
			.toList();
		assertThat(pairs).isNotEmpty()
			.doesNotContain("ORG-AP-XW>ORG-QX-XW", "ORG-QX-XW>ORG-SM-XW", "ORG-SM-XW>ORG-BY-XW", "ORG-BY-XW>ORG-LQ-XW",
					"ORG-LQ-XW>ORG-AP-XW");
		proposal.path("proposeCrossInspection.excluded[?(@.reason == 'REPEATED')].toCounty.id")
			.entityList(String.class)
			.contains("ORG-QX-XW", "ORG-SM-XW", "ORG-BY-XW", "ORG-LQ-XW", "ORG-AP-XW");
	}

	@Test
	void theProvincesTourRunsWithTheCityAndCountyRounds() {
		this.graphQl.documentName("provincialTour")
			.variable("roundId", "RND-QZ-12-02")
			.execute()
			.path("jointInspection.round.type")
			.entity(String.class)
			.isEqualTo("PROVINCIAL_TOUR")
			.path("jointInspection.round.typeZh")
			.entity(String.class)
			.isEqualTo("巡视")
			.path("jointInspection.round.committee.level")
			.entity(String.class)
			.isEqualTo("PROVINCE")
			.path("jointInspection.partners[*].id")
			.entityList(String.class)
			.containsExactly("RND-QA-7-02")
			.path("jointInspection.rows[0].target.organization.id")
			.entity(String.class)
			.isEqualTo("ORG-QZ-XCZX")
			.path("jointInspection.rows[0].counterparts[*].organization.id")
			.entityList(String.class)
			.containsExactly("ORG-QA-XCZX");
	}

}
