package org.oversight.insight;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.ingest.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Coverage counts the party organizations a committee inspects: not its own inspection
 * office and discipline commission (nor what is below them), nor a dispatched discipline
 * group, which is its own body and not a unit of the bureau it is stationed at. The round
 * below visits the office and the commission too; neither counts, above or below the
 * line.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoverageDenominatorIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Importer importer;

	String p;

	@BeforeAll
	void load() {
		this.p = TestData.prefix();
		TestData.load(this.importer, this.p, Map.of("organizations.csv", """
				id,name,kind,level,parent_id,sector,stationed_at_id
				$CITY,黔安市委,PARTY_COMMITTEE,CITY,,,
				$JW,市纪委监委,DISCIPLINE_BODY,CITY,$CITY,,
				$PZ,市纪委监委派驻第一纪检监察组,DISPATCHED_GROUP,CITY,$JW,,$D1
				$XCB,市委巡察办,INSPECTION_OFFICE,CITY,$CITY,,
				$D1,市体育局,DEPARTMENT,CITY,$CITY,SPORTS,
				$D1-1,市体育中心,PUBLIC_INSTITUTION,CITY,$D1,SPORTS,
				$D2,市教育局,DEPARTMENT,CITY,$CITY,EDUCATION,
				$D3,市水利局,DEPARTMENT,CITY,$CITY,WATER,
				$K,某县委,PARTY_COMMITTEE,COUNTY,$CITY,,
				$K-JW,某县纪委监委,DISCIPLINE_BODY,COUNTY,$K,,
				$K-D,某县教育局,DEPARTMENT,COUNTY,$K,EDUCATION,
				""", "terms.csv", """
				id,name,committee_id,start_date,end_date
				$TERM,第七届,$CITY,2021-09-01,2026-08-31
				""", "rounds.csv", """
				id,name,committee_id,type,term_id,number,start_date,end_date
				$R1,第一轮,$CITY,REGULAR,$TERM,1,2022-03-07,2022-05-13
				""", "teams.csv", """
				id,round_id,name
				$T1,$R1,第一巡察组
				$T2,$R1,第二巡察组
				""", "team_targets.csv", """
				team_id,org_id
				$T1,$D1
				$T1,$D2
				$T2,$XCB
				$T2,$JW
				$T2,$K
				"""));
	}

	@Test
	void theCommitteesOwnBodiesAndTheDispatchedGroupAreNotInTheDenominator() {
		// CITY: D1, D1-1, D2, D3 (not JW, PZ, XCB), of which D1 and D2 were inspected;
		// COUNTY: K, K-JW, K-D (the county's commission is the county's own body, not the
		// city's)
		this.graphQl.documentName("coverage")
			.variable("termId", this.p + "TERM")
			.execute()
			.path("coverage")
			.entityList(Map.class)
			.containsExactly(Map.of("level", "CITY", "organizations", 4, "covered", 2, "rate", 50.0),
					Map.of("level", "COUNTY", "organizations", 3, "covered", 1, "rate", 33.33));
		this.graphQl.documentName("coveragePlanUncovered")
			.variable("termId", this.p + "TERM")
			.execute()
			.path("coveragePlan.byLevel[0].organizations")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("coveragePlan.uncovered[*].organization.id")
			.entityList(String.class)
			.contains(this.p + "D1-1", this.p + "D3", this.p + "K-JW", this.p + "K-D")
			.hasSize(4);
	}

	/**
	 * A township finance office (财政所) is a unit of the township government with no party
	 * organization of its own: it is inspected with its township (sample story 21), so
	 * visiting it counts neither above nor below the line.
	 */
	@Test
	void aTownshipFinanceOfficeIsNotInTheDenominator() {
		String q = TestData.prefix();
		TestData.load(this.importer, q, Map.of("organizations.csv", """
				id,name,kind,level,parent_id,sector
				$K,某县委,PARTY_COMMITTEE,COUNTY,,
				$T,某乡党委,PARTY_COMMITTEE,TOWNSHIP,$K,GRASSROOTS
				$CZS,某乡财政所,FINANCE_OFFICE,TOWNSHIP,$T,FINANCE
				$V1,某村党支部,VILLAGE,VILLAGE,$T,GRASSROOTS
				$V2,另一村党支部,VILLAGE,VILLAGE,$T,GRASSROOTS
				""", "terms.csv", """
				id,name,committee_id,start_date,end_date
				$TERM,第三届,$K,2021-09-01,2026-08-31
				""", "rounds.csv", """
				id,name,committee_id,type,term_id,number,start_date,end_date
				$R1,第一轮,$K,REGULAR,$TERM,1,2022-03-07,2022-05-13
				""", "teams.csv", """
				id,round_id,name
				$T1,$R1,第一巡察组
				""", "team_targets.csv", """
				team_id,org_id
				$T1,$T
				$T1,$CZS
				$T1,$V1
				"""));
		this.graphQl.documentName("coverage")
			.variable("termId", q + "TERM")
			.execute()
			.path("coverage")
			.entityList(Map.class)
			.containsExactly(Map.of("level", "TOWNSHIP", "organizations", 1, "covered", 1, "rate", 100.0),
					Map.of("level", "VILLAGE", "organizations", 2, "covered", 1, "rate", 50.0));
		this.graphQl.documentName("coveragePlanUncovered")
			.variable("termId", q + "TERM")
			.execute()
			.path("coveragePlan.uncovered[*].organization.id")
			.entityList(String.class)
			.containsExactly(q + "V2");
	}

	@Test
	void theDispatchedGroupIsPartOfTheCommissionAndStationedAtTheBureau() {
		this.graphQl.documentName("dispatchedGroup")
			.variable("id", this.p + "PZ")
			.execute()
			.path("node.orgKind")
			.entity(String.class)
			.isEqualTo("DISPATCHED_GROUP")
			.path("node.orgKindZh")
			.entity(String.class)
			.isEqualTo("派驻纪检监察组")
			.path("node.parent.id")
			.entity(String.class)
			.isEqualTo(this.p + "JW")
			.path("node.stationedAt.id")
			.entity(String.class)
			.isEqualTo(this.p + "D1")
			.path("node.stationedAt.dispatchedGroups[*].id")
			.entityList(String.class)
			.containsExactly(this.p + "PZ");
	}

}
