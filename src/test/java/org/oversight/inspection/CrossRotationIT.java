package org.oversight.inspection;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.graph.Cypher;
import org.oversight.ingest.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross inspection rotates against the committee's previous cross round (A→B, B→C, C→A
 * then) and is applied as the teams' targets; applying twice is refused and changes
 * nothing.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossRotationIT {

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
		TestData.load(this.importer, this.p, Map.of("organizations.csv", """
				id,name,kind,level,parent_id,sector
				$CITY,黔安市委,PARTY_COMMITTEE,CITY,,
				$A,安平县委,PARTY_COMMITTEE,COUNTY,$CITY,
				$A-JY,安平县教育局,DEPARTMENT,COUNTY,$A,EDUCATION
				$B,北岭县委,PARTY_COMMITTEE,COUNTY,$CITY,
				$B-JY,北岭县教育局,DEPARTMENT,COUNTY,$B,EDUCATION
				$C,石门县委,PARTY_COMMITTEE,COUNTY,$CITY,
				$C-JY,石门县教育局,DEPARTMENT,COUNTY,$C,EDUCATION
				""", "persons.csv", """
				id,name
				$PA,安平干部
				$PB,北岭干部
				$PC,石门干部
				""", "positions.csv", """
				person_id,org_id,title,start_date
				$PA,$A-JY,科长,2015-01-01
				$PB,$B-JY,科长,2015-01-01
				$PC,$C-JY,科长,2015-01-01
				""", "rounds.csv", """
				id,name,committee_id,type,start_date,end_date
				$RP,市委交叉巡察(上一轮),$CITY,CROSS,2021-03-01,2021-04-30
				$RN,市委交叉巡察,$CITY,CROSS,2023-03-01,2023-04-30
				""", "teams.csv", """
				id,round_id,name
				$TPA,$RP,安平组
				$TPB,$RP,北岭组
				$TPC,$RP,石门组
				$TNA,$RN,安平组
				$TNB,$RN,北岭组
				$TNC,$RN,石门组
				""", "team_members.csv", """
				person_id,team_id,role
				$PA,$TPA,LEADER
				$PB,$TPB,LEADER
				$PC,$TPC,LEADER
				$PA,$TNA,LEADER
				$PB,$TNB,LEADER
				$PC,$TNC,LEADER
				""", "team_targets.csv", """
				team_id,org_id
				$TPA,$B-JY
				$TPB,$C-JY
				$TPC,$A-JY
				"""));
	}

	private String local(Object id) {
		return id.toString().substring(this.p.length());
	}

	@Test
	@SuppressWarnings("unchecked")
	void theProposalRotatesAwayFromThePreviousPairsAndApplyingWritesThemOnce() {
		var proposal = this.graphQl.documentName("crossProposal").variable("roundId", this.p + "RN").execute();
		TreeSet<String> pairs = new TreeSet<>();
		proposal.path("proposeCrossInspection.pairs")
			.entityList(Map.class)
			.get()
			.forEach((m) -> pairs.add(local(((Map<String, Object>) m.get("fromCounty")).get("id")) + ">"
					+ local(((Map<String, Object>) m.get("toCounty")).get("id"))));
		assertThat(pairs).containsExactly("A>C", "B>A", "C>B");
		List<Map<String, Object>> excluded = proposal.path("proposeCrossInspection.excluded")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.filter((m) -> "REPEATED".equals(m.get("reason")))
			.toList();
		assertThat(excluded).hasSize(3);
		assertThat(excluded.get(0).get("reasonZh")).isEqualTo("上一轮交叉巡察已巡察该县");
		assertThat(excluded).anySatisfy((m) -> assertThat(m.get("detail")).isEqualTo(
				"a team of " + this.p + "A inspected " + this.p + "B in the previous cross round " + this.p + "RP"));

		TreeSet<String> applied = new TreeSet<>();
		this.graphQl.documentName("applyCrossInspection")
			.variable("roundId", this.p + "RN")
			.execute()
			.path("applyCrossInspection.pairs")
			.entityList(Map.class)
			.get()
			.forEach(
					(m) -> applied.add(local(((Map<String, Object>) m.get("team")).get("id")) + ">"
							+ local(((List<Map<String, Object>>) ((Map<String, Object>) m.get("team")).get("targets"))
								.get(0)
								.get("id"))));
		assertThat(applied).containsExactly("TNA>C", "TNB>A", "TNC>B");
		this.graphQl.documentName("applyCrossInspection")
			.variable("roundId", this.p + "RN")
			.execute()
			.errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getExtensions().get("code"))
					&& e.getMessage().contains("already has targets"))
			.verify();
		assertThat(TestData.count(this.cypher,
				"MATCH (:InspectionTeam)-[t:TARGETS]->() WHERE t.recordedBy = 'admin' AND t.source = 'api' "
						+ "AND startNode(t).id STARTS WITH $p RETURN count(t)",
				Map.of("p", this.p + "TN")))
			.isEqualTo(3);
	}

}
