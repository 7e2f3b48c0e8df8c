package org.oversight.inspection;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.graph.Cypher;
import org.oversight.ingest.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recusal finds near in-laws of a target's leader (two ties apart) and members already on
 * a team whose round overlaps, on {@link InLawFixture}; assigning such a member needs a
 * written reason.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InLawRecusalIT {

	static final List<String> PROPOSED = List.of("M-SPSIB", "M-SPPAR", "M-SPPAR2", "M-SIBSP", "M-CHSP", "M-ASSOC",
			"M-FAR", "M-DIRECT", "M-CLERK");

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Importer importer;

	@Autowired
	Cypher cypher;

	String p;

	@BeforeAll
	void load() {
		this.p = TestData.prefix();
		TestData.load(this.importer, this.p, InLawFixture.files());
	}

	private List<String> ids(List<String> local) {
		return local.stream().map((id) -> this.p + id).toList();
	}

	private String local(Object id) {
		return id.toString().substring(this.p.length());
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> list(GraphQlTester.Response response, String path) {
		return response.path(path).entityList(Map.class).get().stream().map((m) -> (Map<String, Object>) m).toList();
	}

	private GraphQlTester.Response screen(String team, List<String> members, List<String> targets, String asOf) {
		return this.graphQl.documentName("recusalScreening")
			.variable("teamId", (team != null) ? this.p + team : null)
			.variable("memberIds", (members != null) ? ids(members) : null)
			.variable("targetIds", (targets != null) ? ids(targets) : null)
			.variable("asOf", asOf)
			.execute();
	}

	@Test
	void findsEachNearInLawAndNoneOfTheNearMisses() {
		Set<String> found = new TreeSet<>();
		for (Map<String, Object> c : list(screen(null, PROPOSED, List.of("A-SL"), "2022-03-07"),
				"recusalCheck.conflicts")) {
			found.add(local(((Map<?, ?>) c.get("member")).get("id")) + ":" + c.get("kind"));
		}
		assertThat(found).containsExactlyInAnyOrder("M-SPSIB:IN_LAW_OF_LEADER", "M-SPPAR:IN_LAW_OF_LEADER",
				"M-SPPAR2:IN_LAW_OF_LEADER", "M-SIBSP:IN_LAW_OF_LEADER", "M-CHSP:IN_LAW_OF_LEADER",
				"M-DIRECT:KIN_OF_LEADER");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theInLawCarriesBothTiesAsEvidence() {
		Map<String, Object> conflict = list(screen(null, List.of("M-SPSIB"), List.of("A-SL"), "2022-03-07"),
				"recusalCheck.conflicts")
			.get(0);
		assertThat(conflict.get("kindZh")).isEqualTo("与被巡察单位领导班子成员有近姻亲关系");
		Map<String, Object> evidence = (Map<String, Object>) conflict.get("evidence");
		assertThat(((List<Map<String, Object>>) evidence.get("nodes")).stream().map((n) -> local(n.get("id"))))
			.containsExactlyInAnyOrder("M-SPSIB", "W1", "HEAD", "A-SL");
		assertThat(((List<Map<String, Object>>) evidence.get("edges")).stream().map((e) -> e.get("type")))
			.containsExactlyInAnyOrder("RELATED_TO", "RELATED_TO", "HOLDS_POSITION");
	}

	@Test
	void aMemberOnATeamOfAnOverlappingRoundIsNamedWithThatTeam() {
		GraphQlTester.Response response = screen("T", List.of("M-BUSY", "M-AUTH", "M-LATER"), null, null);
		response.path("recusalCheck.clear").entity(Boolean.class).isEqualTo(false);
		List<Map<String, Object>> overlaps = list(response, "recusalCheck.overlaps");
		assertThat(overlaps).hasSize(1);
		assertThat(local(((Map<?, ?>) overlaps.get(0).get("member")).get("id"))).isEqualTo("M-BUSY");
		assertThat(local(((Map<?, ?>) overlaps.get(0).get("team")).get("id"))).isEqualTo("T2");
		assertThat(local(((Map<?, ?>) overlaps.get(0).get("round")).get("id"))).isEqualTo("R2");
		// on one day only, the membership authorized from 2022-05-08 counts as well
		Set<String> onTheDay = new TreeSet<>();
		list(screen(null, List.of("M-BUSY", "M-AUTH", "M-LATER"), List.of("A-SL"), "2022-06-15"),
				"recusalCheck.overlaps")
			.forEach((o) -> onTheDay.add(local(((Map<?, ?>) o.get("member")).get("id")) + ">"
					+ local(((Map<?, ?>) o.get("team")).get("id"))));
		assertThat(onTheDay).containsExactly("M-AUTH>T2", "M-BUSY>T2", "M-LATER>T3");
		response = screen("T", List.of("M-AUTH", "M-LATER"), null, null);
		response.path("recusalCheck.clear").entity(Boolean.class).isEqualTo(true);
	}

	private long memberships(String person) {
		return TestData.count(this.cypher,
				"MATCH (:Person {id: $p})-[m:MEMBER_OF]->(:InspectionTeam {id: $t}) RETURN count(m)",
				Map.of("p", this.p + person, "t", this.p + "T"));
	}

	private GraphQlTester.Response assign(String person, String reason) {
		Map<String, Object> input = new java.util.HashMap<>(
				Map.of("teamId", this.p + "T", "personId", this.p + person, "role", "MEMBER"));
		if (reason != null) {
			input.put("overrideReason", reason);
		}
		return this.graphQl.documentName("assignTeamMember").variable("input", input).execute();
	}

	@Test
	void assigningAnInLawOrABusyMemberNeedsAReasonAndARefusalChangesNothing() {
		assign("M-SIBSP", null).errors()
			.expect((e) -> "CONFLICT_OF_INTEREST".equals(e.getExtensions().get("code"))
					&& e.getMessage().contains(this.p + "M-SIBSP→" + this.p + "A-SL: IN_LAW_OF_LEADER"))
			.verify();
		assign("M-BUSY", null).errors()
			.expect((e) -> "CONFLICT_OF_INTEREST".equals(e.getExtensions().get("code"))
					&& e.getMessage().contains(this.p + "M-BUSY→" + this.p + "T2 (" + this.p + "R2)"))
			.verify();
		assertThat(memberships("M-SIBSP") + memberships("M-BUSY")).isZero();
		GraphQlTester.Response kept = assign("M-BUSY", "专项巡察组组长同意借调两周");
		kept.path("assignTeamMember.overridden").entity(Boolean.class).isEqualTo(true);
		kept.path("assignTeamMember.overlaps[0].team.id").entity(String.class).isEqualTo(this.p + "T2");
		kept.path("assignTeamMember.conflicts").entityList(Object.class).hasSize(0);
		assertThat(memberships("M-BUSY")).isEqualTo(1);
		assign("M-LATER", null).path("assignTeamMember.overridden").entity(Boolean.class).isEqualTo(false);
	}

}
