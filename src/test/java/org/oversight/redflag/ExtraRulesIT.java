package org.oversight.redflag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.TestGraphQl;
import org.oversight.ingest.Importer;
import org.oversight.security.Role;
import org.oversight.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detectors beyond the spec, each on a tiny fixture with a planted positive and a
 * near miss that must not fire.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtraRulesIT {

	static final String PASSWORD = "a-long-test-password";

	@Autowired
	HttpGraphQlTester graphQl;

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
		Map<String, String> files = new HashMap<>();
		files.put("regions.csv", "id,name,level,code,parent_id\n$R,黔安市,CITY,,\n");
		files.put("organizations.csv", """
				id,name,kind,level,parent_id,sector,region_id
				$CITY,市委,PARTY_COMMITTEE,CITY,,,$R
				$JT,市交通局,DEPARTMENT,CITY,$CITY,TRANSPORT,
				$JY,市教育局,DEPARTMENT,CITY,$CITY,EDUCATION,
				$V1,一村,VILLAGE,VILLAGE,$CITY,,
				$V2,二村,VILLAGE,VILLAGE,$CITY,,
				$V3,三村,VILLAGE,VILLAGE,$CITY,,
				$WS,市卫健委,DEPARTMENT,CITY,$CITY,HEALTH,
				$NM,市农业局,DEPARTMENT,CITY,$CITY,AGRICULTURE,
				$TY,市体育局,DEPARTMENT,CITY,$CITY,SPORTS,
				$SL,市水利局,DEPARTMENT,CITY,$CITY,WATER,
				""");
		StringBuilder persons = new StringBuilder("id,name,gender,birth_year,party_member,id_number\n");
		StringBuilder positions = new StringBuilder(
				"person_id,org_id,title,start_date,end_date,rank,is_leader,is_head\n");
		for (String who : List.of("BOSS", "MGR", "REV", "STAY", "LATE", "CADRE", "KIN", "ASSOC", "MULTI", "CADRE2",
				"KIN2", "INS")) {
			persons.append("$P-").append(who).append(",某").append(who).append(",M,1970,true,\n");
		}
		for (String org : List.of("W", "N", "T", "S")) {
			for (int i = 1; i <= 5; i++) {
				if (i == 5 && (org.equals("W") || org.equals("N"))) {
					continue;
				}
				persons.append("$P-")
					.append(org)
					.append(i)
					.append(",某")
					.append(org)
					.append(i)
					.append(",M,1970,true,\n");
				String unit = Map.of("W", "$WS", "N", "$NM", "T", "$TY", "S", "$SL").get(org);
				positions.append("$P-")
					.append(org)
					.append(i)
					.append(',')
					.append(unit)
					.append(",班子成员")
					.append(i)
					.append(",2018-01-01,,")
					.append(i)
					.append(",true,")
					.append(i == 1)
					.append('\n');
			}
		}
		positions.append("""
				$P-REV,$JT,局长,2015-01-01,2019-12-31,1,true,true
				$P-STAY,$JT,副局长,2015-01-01,,2,true,false
				$P-LATE,$JT,副局长,2012-01-01,2016-12-31,2,true,false
				$P-CADRE,$V1,村党支部书记,2015-01-01,,1,true,true
				$P-CADRE2,$V2,村党支部书记,2010-01-01,2017-01-01,1,true,true
				""");
		files.put("persons.csv", persons.toString());
		files.put("positions.csv", positions.toString());
		files.put("relations.csv", """
				person_id,other_person_id,relation
				$P-CADRE,$P-KIN,SPOUSE
				$P-CADRE,$P-ASSOC,ASSOCIATE
				$P-KIN2,$P-CADRE2,SIBLING
				""");
		files.put("companies.csv", """
				id,name,reg_no,address,phone
				$C-A,甲公司,,一路1号,111
				$C-B,乙公司,,二路2号,222
				$C-C,丙公司,,三路3号,333
				$C-D,丁公司,,四路4号,444
				$C-E,戊公司,,五路5号,555
				$C-F,己公司,,六路6号,555
				$C-CAP,依附公司,,,
				$C-SPREAD,分散公司,,,
				$C-REV,旋转公司,,,
				$C-STAY,在任公司,,,
				$C-LATE,离任公司,,,
				""");
		files.put("company_roles.csv", """
				person_id,company_id,role,share
				$P-BOSS,$C-A,OWNER,1
				$P-BOSS,$C-B,LEGAL_REP,
				$P-MGR,$C-C,MANAGER,
				$P-MGR,$C-D,MANAGER,
				$P-REV,$C-REV,OWNER,1
				$P-STAY,$C-STAY,OWNER,1
				$P-LATE,$C-LATE,OWNER,1
				""");
		files.put("projects.csv", """
				id,name,org_id,sector,budget,start_date
				$PRJ-T1,一号标段,$JT,TRANSPORT,100,2020-01-01
				$PRJ-T2,二号标段,$JT,TRANSPORT,100,2020-01-01
				$PRJ-T3,三号标段,$JT,TRANSPORT,100,2020-01-01
				$PRJ-JY1,教学楼一,$JY,EDUCATION,100,2020-01-01
				$PRJ-JY2,教学楼二,$JY,EDUCATION,100,2020-01-01
				$PRJ-JY3,教学楼三,$JY,EDUCATION,100,2020-01-01
				$PRJ-JT1,道路一,$JT,TRANSPORT,100,2020-01-01
				""");
		files.put("bids.csv", """
				company_id,project_id,amount,bid_date,won
				$C-A,$PRJ-T1,100,2020-02-01,true
				$C-B,$PRJ-T1,110,2020-02-01,false
				$C-C,$PRJ-T2,100,2020-02-01,true
				$C-D,$PRJ-T2,110,2020-02-01,false
				$C-E,$PRJ-T3,100,2020-02-01,true
				$C-F,$PRJ-T3,110,2020-02-01,false
				""");
		files.put("contracts.csv", """
				id,project_id,company_id,amount,signed_date,procurement
				$CT-CAP-1,$PRJ-JY1,$C-CAP,100000,2020-03-01,OPEN_TENDER
				$CT-CAP-2,$PRJ-JY2,$C-CAP,200000,2021-03-01,OPEN_TENDER
				$CT-CAP-3,$PRJ-JY3,$C-CAP,300000,2022-03-01,OPEN_TENDER
				$CT-SP-1,$PRJ-JY1,$C-SPREAD,100000,2020-03-01,OPEN_TENDER
				$CT-SP-2,$PRJ-JT1,$C-SPREAD,100000,2021-03-01,OPEN_TENDER
				$CT-SP-3,$PRJ-T2,$C-SPREAD,100000,2022-03-01,OPEN_TENDER
				$CT-REV,$PRJ-JT1,$C-REV,500000,2018-05-01,OPEN_TENDER
				$CT-STAY,$PRJ-JT1,$C-STAY,500000,2018-05-01,OPEN_TENDER
				$CT-LATE,$PRJ-JT1,$C-LATE,500000,2018-05-01,OPEN_TENDER
				""");
		StringBuilder accounts = new StringBuilder("id,holder_id,kind,bank,name\n");
		for (String org : List.of("V1", "V2", "V3", "WS", "NM")) {
			accounts.append("$ACC-").append(org).append(",$").append(org).append(",PUBLIC,,\n");
		}
		for (String who : List.of("KIN", "ASSOC", "MULTI", "KIN2", "W1", "W2", "W3", "N1", "N2", "N3", "N4")) {
			accounts.append("$ACC-").append(who).append(",$P-").append(who).append(",PERSONAL,,\n");
		}
		files.put("accounts.csv", accounts.toString());
		files.put("transfers.csv", """
				id,from_account_id,to_account_id,amount,date,kind,fund_id,project_id,purpose
				$TR-KIN,$ACC-V1,$ACC-KIN,5400,2019-03-01,SUBSIDY,,,低保金
				$TR-ASSOC,$ACC-V1,$ACC-ASSOC,5400,2019-03-01,SUBSIDY,,,低保金
				$TR-M2,$ACC-V2,$ACC-MULTI,3000,2019-03-01,SUBSIDY,,,低保金
				$TR-M3,$ACC-V3,$ACC-MULTI,3000,2019-03-02,SUBSIDY,,,低保金
				$TR-KIN2,$ACC-V2,$ACC-KIN2,3000,2019-03-01,SUBSIDY,,,低保金
				$TR-W1,$ACC-WS,$ACC-W1,2000,2020-06-10,OTHER,,,加班补贴
				$TR-W2,$ACC-WS,$ACC-W2,2000,2020-06-11,OTHER,,,加班补贴
				$TR-W3,$ACC-WS,$ACC-W3,2000,2020-06-20,OTHER,,,加班补贴
				$TR-N1,$ACC-NM,$ACC-N1,9000,2020-06-10,SALARY,,,工资
				$TR-N2,$ACC-NM,$ACC-N2,9000,2020-06-10,SALARY,,,工资
				$TR-N3,$ACC-NM,$ACC-N3,9000,2020-06-10,SALARY,,,工资
				$TR-N4,$ACC-NM,$ACC-N4,9000,2020-06-10,SALARY,,,工资
				$TR-N5,$ACC-NM,$ACC-N1,500,2020-06-12,OTHER,,,交通补贴
				$TR-N6,$ACC-NM,$ACC-N2,500,2020-07-12,OTHER,,,交通补贴
				$TR-N7,$ACC-NM,$ACC-N3,500,2020-08-12,OTHER,,,交通补贴
				""");
		files.put("rounds.csv",
				"id,name,committee_id,type,start_date,end_date\n$RND,市委第一轮,$CITY,REGULAR,2021-03-01,2021-05-01\n");
		files.put("teams.csv", "id,round_id,name\n$TEAM,$RND,第一组\n");
		files.put("team_members.csv", "team_id,person_id,role\n$TEAM,$P-INS,MEMBER\n");
		files.put("findings.csv", """
				id,team_id,org_id,category,found_date
				$F-T1,$TEAM,$TY,EIGHT_RULES,2021-04-01
				$F-S1,$TEAM,$SL,EIGHT_RULES,2021-04-01
				""");
		files.put("finding_links.csv", """
				finding_id,entity_id,role
				$F-T1,$P-T1,SUBJECT
				$F-S1,$P-S1,SUBJECT
				$F-S1,$P-S2,RESPONSIBLE
				""");
		files.put("leads.csv", "id,team_id,source,status,created_date\n$L-T2,$TEAM,INSPECTION,OPEN,2021-04-02\n");
		files.put("lead_links.csv", "lead_id,entity_id,role\n$L-T2,$P-T2,SUBJECT\n");
		files.put("cases.csv", "id,opened_date,lead_id,status\n$K-T3,2021-06-01,$L-T2,OPEN\n");
		files.put("case_subjects.csv", "case_id,person_id\n$K-T3,$P-T3\n");
		// 体育局: T3 under case, T2 sanctioned in that case, T1 admonished (诫勉) outside a
		// case
		// after the finding; 水利局: two leaders admonished, fewer than minPersons.
		files.put("sanctions.csv", """
				id,person_id,type,date,case_id,finding_id
				$SAN-T2,$P-T2,PARTY_WARNING,2021-09-01,$K-T3,
				$SAN-T1,$P-T1,ADMONISHMENT,2021-06-01,,$F-T1
				$SAN-S1,$P-S1,ADMONISHMENT,2021-06-01,,$F-S1
				$SAN-S2,$P-S2,REMINDER_TALK,2021-06-01,,$F-S1
				""");
		TestData.load(this.importer, this.p, files);
		this.users.save(this.p + "analyst", PASSWORD, Role.ANALYST, null, null, null);
		this.users.save(this.p + "inspector", PASSWORD, Role.INSPECTOR, this.p + "P-INS", null, null);
	}

	Set<String> subjects(HttpGraphQlTester tester, String rule) {
		Set<String> mine = new TreeSet<>();
		tester.document("{ redFlags(asOf: \"2026-11-01\", rules: [\"" + rule + "\"]) { subject summary } }")
			.execute()
			.path("redFlags[*].subject")
			.entityList(String.class)
			.get()
			.stream()
			.filter((s) -> s.startsWith(this.p))
			.forEach((s) -> mine.add(s.substring(this.p.length())));
		return mine;
	}

	@Test
	void colludingBiddersShareAPersonOrAPhoneButNotAMereManager() {
		assertThat(subjects(this.graphQl, "COLLUDING_BIDDERS")).containsExactly("PRJ-T1", "PRJ-T3");
	}

	@Test
	void aCaptiveSupplierLivesOffOneOrganizationAndASpreadOneDoesNot() {
		assertThat(subjects(this.graphQl, "CAPTIVE_SUPPLIER")).containsExactly("C-CAP");
	}

	@Test
	void theRevolvingDoorNeedsAnEndedPostAndContractsWonDuringIt() {
		assertThat(subjects(this.graphQl, "REVOLVING_DOOR")).containsExactly("P-REV");
	}

	@Test
	void beneficiaryCaptureFindsCadresKinInPostAndPeoplePaidInTwoVillages() {
		assertThat(subjects(this.graphQl, "BENEFICIARY_CAPTURE")).containsExactly("P-KIN", "P-MULTI");
	}

	@Test
	void collectiveAllowanceCountsTheSameAllowanceInOneMonthNotSalaries() {
		assertThat(subjects(this.graphQl, "COLLECTIVE_ALLOWANCE")).containsExactly("WS");
	}

	@Test
	void leadershipCollapseCountsOnlyTheCasesAndSanctionsTheCallerMaySee() {
		assertThat(subjects(this.graphQl, "LEADERSHIP_COLLAPSE")).containsExactly("TY");
		assertThat(subjects(as("inspector"), "LEADERSHIP_COLLAPSE")).containsExactly("TY");
		// Without the case (and the sanction in it) only one of five leaders is
		// implicated.
		assertThat(subjects(as("analyst"), "LEADERSHIP_COLLAPSE")).isEmpty();
		String seen = as("analyst")
			.document("{ redFlags(asOf: \"2026-11-01\") { subject summary evidence { nodes { id } } } }")
			.execute()
			.path("redFlags")
			.entityList(Object.class)
			.get()
			.toString();
		assertThat(seen).doesNotContain(this.p + "L-T2", this.p + "K-T3", this.p + "SAN-T2");
	}

	HttpGraphQlTester as(String who) {
		return TestGraphQl.as(this.client, this.p + who, PASSWORD);
	}

}
