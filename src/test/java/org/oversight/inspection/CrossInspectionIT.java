package org.oversight.inspection;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.ingest.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross inspection among four counties: every team is placed, no pair is reciprocal, the
 * member who worked in county C keeps team B away from it, and each exclusion says why.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossInspectionIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Importer importer;

	String p;

	@BeforeAll
	void load() {
		this.p = TestData.prefix();
		TestData.load(this.importer, this.p, Map.of("organizations.csv", """
				id,name,kind,level,parent_id,sector
				$CITY,市委,PARTY_COMMITTEE,CITY,,
				$A,甲县委,PARTY_COMMITTEE,COUNTY,$CITY,
				$A-X,甲县委巡察办,OTHER,COUNTY,$A,
				$B,乙县委,PARTY_COMMITTEE,COUNTY,$CITY,
				$B-X,乙县委巡察办,OTHER,COUNTY,$B,
				$C,丙县委,PARTY_COMMITTEE,COUNTY,$CITY,
				$C-X,丙县委巡察办,OTHER,COUNTY,$C,
				$C-JT,丙县交通局,DEPARTMENT,COUNTY,$C,TRANSPORT
				$D,丁县委,PARTY_COMMITTEE,COUNTY,$CITY,
				$D-X,丁县委巡察办,OTHER,COUNTY,$D,
				""", "persons.csv", """
				id,name
				$PA,甲组长
				$PB,乙组长
				$PB2,乙组员
				$PC,丙组长
				$PD,丁组长
				""", "positions.csv", """
				person_id,org_id,title,start_date,end_date,is_leader,is_head
				$PA,$A-X,巡察专员,2015-01-01,,false,false
				$PB,$B-X,巡察专员,2015-01-01,,false,false
				$PB2,$B-X,科员,2021-01-01,,false,false
				$PB2,$C-JT,科员,2016-01-01,2020-12-31,false,false
				$PC,$C-X,巡察专员,2015-01-01,,false,false
				$PD,$D-X,巡察专员,2015-01-01,,false,false
				""", "rounds.csv", """
				id,name,committee_id,type,start_date,end_date
				$RX,县区交叉巡察,$CITY,CROSS,2022-03-07,2022-05-07
				""", "teams.csv", """
				id,round_id,name
				$TA,$RX,甲县组
				$TB,$RX,乙县组
				$TC,$RX,丙县组
				$TD,$RX,丁县组
				$TE,$RX,未组建
				""", "team_members.csv", """
				person_id,team_id,role
				$PA,$TA,LEADER
				$PB,$TB,LEADER
				$PB2,$TB,MEMBER
				$PC,$TC,LEADER
				$PD,$TD,LEADER
				"""));
	}

	private static final String PROPOSAL = " { pairs { team { id } fromCounty { id } toCounty { id } } "
			+ "excluded { team { id } fromCounty { id } toCounty { id } reason reasonZh detail conflicts { member { id } kind } } "
			+ "unassigned { id } } }";

	private String local(Object id) {
		return String.valueOf(id).substring(this.p.length());
	}

	@SuppressWarnings("unchecked")
	private List<String> pairs(Object list) {
		return ((List<Map<String, Object>>) list).stream()
			.map((m) -> local(((Map<?, ?>) m.get("fromCounty")).get("id")) + ">"
					+ local(((Map<?, ?>) m.get("toCounty")).get("id")))
			.toList();
	}

	@Test
	void everyTeamIsPlacedWithoutReciprocalPairsOrConflicts() {
		Map<String, Object> proposal = this.graphQl
			.document("{ proposeCrossInspection(roundId: \"" + this.p + "RX\")" + PROPOSAL)
			.execute()
			.path("proposeCrossInspection")
			.entity(Map.class)
			.get();
		List<String> pairs = pairs(proposal.get("pairs"));
		assertThat(pairs).containsExactly("A>B", "B>D", "C>A", "D>C");
		Set<String> seen = new HashSet<>(pairs);
		for (String pair : pairs) {
			String[] ends = pair.split(">");
			assertThat(seen).as("reciprocal of " + pair).doesNotContain(ends[1] + ">" + ends[0]);
		}
		assertThat(pairs).doesNotContain("B>C");
		assertThat(((List<Map<String, Object>>) proposal.get("unassigned")).stream().map((m) -> local(m.get("id"))))
			.containsExactly("TE");
	}

	@Test
	void eachExcludedPairSaysWhy() {
		List<Map<String, Object>> excluded = this.graphQl
			.document("{ proposeCrossInspection(roundId: \"" + this.p + "RX\")" + PROPOSAL)
			.execute()
			.path("proposeCrossInspection.excluded")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		Map<String, Object> conflict = excluded.stream()
			.filter((e) -> "CONFLICT_OF_INTEREST".equals(e.get("reason")))
			.findFirst()
			.orElseThrow();
		assertThat(pairs(List.of(conflict))).containsExactly("B>C");
		assertThat(conflict.get("reasonZh")).isEqualTo("存在应回避情形");
		assertThat(conflict.get("conflicts").toString()).contains(this.p + "PB2").contains("POSITION_IN_TARGET");
		List<String> reciprocal = pairs(excluded.stream().filter((e) -> "RECIPROCAL".equals(e.get("reason"))).toList());
		assertThat(reciprocal).contains("B>A", "A>C", "D>B", "C>D");
		assertThat(excluded).allSatisfy((e) -> assertThat(e.get("detail")).isNotNull());
	}

	@Test
	void theProposalIsDeterministicAndUnknownRoundsAreRefused() {
		String first = this.graphQl.document("{ proposeCrossInspection(roundId: \"" + this.p + "RX\")" + PROPOSAL)
			.execute()
			.path("proposeCrossInspection")
			.entity(Map.class)
			.get()
			.toString();
		String second = this.graphQl.document("{ proposeCrossInspection(roundId: \"" + this.p + "RX\")" + PROPOSAL)
			.execute()
			.path("proposeCrossInspection")
			.entity(Map.class)
			.get()
			.toString();
		assertThat(second).isEqualTo(first);
		this.graphQl.document("{ proposeCrossInspection(roundId: \"" + this.p + "NOPE\")" + PROPOSAL)
			.execute()
			.errors()
			.expect((e) -> "NOT_FOUND".equals(e.getExtensions().get("code"))
					&& "roundId".equals(e.getExtensions().get("field")))
			.verify();
	}

}
