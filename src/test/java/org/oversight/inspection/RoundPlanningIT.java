package org.oversight.inspection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * planRound assembles a round's teams from the committee's pools, screened for recusal,
 * in one transaction; each refusal names the person or target and leaves nothing written.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundPlanningIT {

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
		TestData.load(this.importer, this.p, Map.ofEntries(Map.entry("organizations.csv", """
				id,name,kind,level,parent_id,sector
				$CITY,黔安市委,PARTY_COMMITTEE,CITY,,
				$OTHER,北岭县委,PARTY_COMMITTEE,COUNTY,$CITY,
				$D1,市交通运输局,DEPARTMENT,CITY,$CITY,TRANSPORT
				$D2,市教育局,DEPARTMENT,CITY,$CITY,EDUCATION
				"""), Map.entry("persons.csv", """
				id,name
				$LEAD,组长某
				$LEAD2,组长乙
				$AUD,审计某
				$ENG,工程某
				$AWAY,借调某
				$ELSE,他库某
				$KIN,局长之弟
				$HEAD,局长某
				$BUSY,在他组者
				"""), Map.entry("positions.csv", """
				person_id,org_id,title,start_date,end_date,is_leader,is_head
				$HEAD,$D1,局长,2018-01-01,,true,true
				"""), Map.entry("relations.csv", """
				person_id,other_person_id,relation
				$KIN,$HEAD,SIBLING
				"""), Map.entry("pool_members.csv", """
				person_id,committee_id,pool,specialty,available,note
				$LEAD,$CITY,LEADER,GENERAL,true,
				$LEAD2,$CITY,LEADER,GENERAL,,
				$AUD,$CITY,TALENT,AUDIT,true,
				$AUD,$CITY,TALENT,FINANCE,true,
				$ENG,$CITY,TALENT,ENGINEERING,,
				$AWAY,$CITY,TALENT,AUDIT,false,借调省审计厅至2027年
				$ELSE,$OTHER,TALENT,AUDIT,true,
				$KIN,$CITY,TALENT,PUBLICITY,true,
				$BUSY,$CITY,TALENT,LAW,true,
				"""), Map.entry("rounds.csv", """
				id,name,committee_id,type,start_date,end_date
				$R0,市委专项巡察,$CITY,SPECIAL,2027-03-01,2027-04-30
				"""), Map.entry("teams.csv", """
				id,round_id,name
				$T0,$R0,专项巡察组
				"""), Map.entry("team_members.csv", """
				person_id,team_id,role
				$BUSY,$T0,MEMBER
				""")));
	}

	private Map<String, Object> member(String person, String specialty) {
		Map<String, Object> m = new HashMap<>(Map.of("personId", this.p + person, "role", "MEMBER"));
		if (specialty != null) {
			m.put("specialty", specialty);
		}
		return m;
	}

	private Map<String, Object> input(String round, String leader, List<Map<String, Object>> members,
			List<String> targets) {
		Map<String, Object> team = Map.of("id", this.p + round + "-1", "name", "第一巡察组", "leaderId", this.p + leader,
				"members", members, "targetIds", targets.stream().map((t) -> this.p + t).toList());
		return Map.of("id", this.p + round, "name", "市委第八届第一轮巡察", "committeeId", this.p + "CITY", "type", "REGULAR",
				"startDate", "2027-04-01", "endDate", "2027-06-10", "teams", List.of(team));
	}

	private GraphQlTester.Response plan(Map<String, Object> input) {
		return this.graphQl.documentName("planRound").variable("input", input).execute();
	}

	private long written(String round) {
		return TestData.count(this.cypher, "MATCH (n:Entity) WHERE n.id STARTS WITH $id RETURN count(n)",
				Map.of("id", this.p + round));
	}

	@Test
	void aRoundIsAssembledFromThePoolsInOneStep() {
		GraphQlTester.Response response = plan(
				input("R1", "LEAD", List.of(member("AUD", "FINANCE"), member("ENG", null)), List.of("D1", "D2")));
		response.path("planRound.round.id").entity(String.class).isEqualTo(this.p + "R1");
		response.path("planRound.round.committee.id").entity(String.class).isEqualTo(this.p + "CITY");
		response.path("planRound.teams[0].targets[*].id")
			.entityList(String.class)
			.contains(this.p + "D1", this.p + "D2")
			.hasSize(2);
		List<Map<String, Object>> members = response.path("planRound.teams[0].members")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		assertThat(members)
			.extracting((m) -> ((Map<?, ?>) m.get("person")).get("id") + ":" + m.get("role") + ":" + m.get("specialty")
					+ ":" + m.get("authorizedFrom") + ".." + m.get("authorizedTo"))
			.containsExactlyInAnyOrder(this.p + "LEAD:LEADER:综合:2027-04-01..2027-06-10",
					this.p + "AUD:MEMBER:财政:2027-04-01..2027-06-10", this.p + "ENG:MEMBER:工程规划:2027-04-01..2027-06-10");
	}

	@Test
	void aPersonNotAvailableInThePoolIsRefusedByNameAndNothingIsWritten() {
		plan(input("R2", "LEAD2", List.of(member("AWAY", null)), List.of("D2"))).errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getExtensions().get("code"))
					&& e.getMessage().contains(this.p + "AWAY") && e.getMessage().contains("not available"))
			.verify();
		plan(input("R2", "LEAD2", List.of(member("ELSE", null)), List.of("D2"))).errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getExtensions().get("code"))
					&& e.getMessage().contains(this.p + "ELSE is not in the committee's TALENT pool"))
			.verify();
		plan(input("R2", "AUD", List.of(), List.of("D2"))).errors()
			.expect((e) -> "leaderId".equals(e.getExtensions().get("field"))
					&& e.getMessage().contains(this.p + "AUD is not in the committee's LEADER pool"))
			.verify();
		plan(input("R2", "LEAD2", List.of(member("AUD", "LAW")), List.of("D2"))).errors()
			.expect((e) -> "specialty".equals(e.getExtensions().get("field")))
			.verify();
		assertThat(written("R2")).isZero();
	}

	@Test
	void aRecusalOrAnOverlappingTeamRefusesTheWholeRoundNamingMemberAndTarget() {
		plan(input("R3", "LEAD2", List.of(member("KIN", null)), List.of("D1", "D2"))).errors()
			.expect((e) -> "CONFLICT_OF_INTEREST".equals(e.getExtensions().get("code"))
					&& e.getMessage().contains(this.p + "KIN→" + this.p + "D1: KIN_OF_LEADER"))
			.verify();
		plan(input("R3", "LEAD2", List.of(member("BUSY", null)), List.of("D2"))).errors()
			.expect((e) -> "CONFLICT_OF_INTEREST".equals(e.getExtensions().get("code"))
					&& e.getMessage().contains(this.p + "BUSY→" + this.p + "T0"))
			.verify();
		assertThat(written("R3")).isZero();
		assertThat(TestData.count(this.cypher, "MATCH (:Person {id: $k})-[m:MEMBER_OF]->() RETURN count(m)",
				Map.of("k", this.p + "KIN")))
			.isZero();
	}

	@Test
	void thePoolsAreReadOnTheCommittee() {
		var response = this.graphQl.documentName("committeePools").variable("id", this.p + "CITY").execute();
		List<Map<String, Object>> pool = response.path("node.poolMembers")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		assertThat(pool).hasSize(8);
		assertThat(pool).filteredOn((m) -> ((Map<?, ?>) m.get("person")).get("id").equals(this.p + "AWAY"))
			.singleElement()
			.satisfies((m) -> {
				assertThat(m.get("available")).isEqualTo(false);
				assertThat(m.get("specialtyZh")).isEqualTo("审计");
				assertThat(m.get("poolZh")).isEqualTo("人才库");
			});
	}

}
