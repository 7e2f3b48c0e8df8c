package org.oversight.algorithm;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.GraphTest;
import org.oversight.TestGraphQl;
import org.oversight.TestData;
import org.oversight.ingest.Importer;
import org.oversight.security.Role;
import org.oversight.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rings, brokers and similar organizations over small planted fixtures, through the
 * GraphQL API on the real embedded Neo4j with Graph Data Science.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlgorithmIT {

	static final String PASSWORD = "a-long-test-password";

	static final ParameterizedTypeReference<List<Map<String, Object>>> ROWS = new ParameterizedTypeReference<>() {
	};

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient client;

	@Autowired
	Importer importer;

	@Autowired
	UserService users;

	/** Prefixes of the three fixtures: rings, brokers, similar organizations. */
	String r;

	String b;

	String s;

	@BeforeAll
	void loadFixtures() {
		this.r = TestData.prefix();
		TestData.load(this.importer, this.r, ringFixture());
		this.b = TestData.prefix();
		TestData.load(this.importer, this.b, brokerFixture());
		this.s = TestData.prefix();
		TestData.load(this.importer, this.s, similarityFixture());
		this.users.save(this.r + "analyst", PASSWORD, Role.ANALYST, null, null, null);
	}

	/**
	 * Ring R (official P1, his wife P2, her company C1 with a contract, their accounts,
	 * money moving among them) and group G (the same shape in county B) joined by one
	 * transfer C1 → C2; group N (P5, P6, company C3) is paid from the same public account
	 * as C1 but has no other tie to R. A lead and a case implicate P1.
	 */
	static Map<String, String> ringFixture() {
		return Map.ofEntries(Map.entry("organizations.csv", """
				id,name,kind,level,parent_id
				$CITY,黔安市委,PARTY_COMMITTEE,CITY,
				$JW,黔安市纪委监委,DISCIPLINE_BODY,CITY,$CITY
				$A,安平县委,PARTY_COMMITTEE,COUNTY,$CITY
				$A-JT,安平县交通运输局,DEPARTMENT,COUNTY,$A
				$B,北岭县委,PARTY_COMMITTEE,COUNTY,$CITY
				$B-JT,北岭县交通运输局,DEPARTMENT,COUNTY,$B
				"""), Map.entry("persons.csv", """
				id,name
				$P1,张某
				$P2,李某
				$P3,王某
				$P4,王某某
				$P5,赵某
				$P6,赵某某
				"""), Map.entry("positions.csv", """
				person_id,org_id,title,start_date
				$P1,$A-JT,局长,2018-01-01
				$P3,$B-JT,局长,2018-01-01
				"""), Map.entry("relations.csv", """
				person_id,other_person_id,relation
				$P1,$P2,SPOUSE
				$P3,$P4,SIBLING
				$P5,$P6,SIBLING
				"""), Map.entry("companies.csv", """
				id,name
				$C1,安平某建设有限公司
				$C2,北岭某建设有限公司
				$C3,安平某劳务有限公司
				"""), Map.entry("company_roles.csv", """
				person_id,company_id,role,share
				$P2,$C1,OWNER,1
				$P4,$C2,OWNER,1
				$P6,$C3,OWNER,1
				"""), Map.entry("projects.csv", """
				id,name,org_id
				$PRJ-A,安平某道路,$A-JT
				$PRJ-B,北岭某道路,$B-JT
				"""), Map.entry("contracts.csv", """
				id,project_id,company_id,amount,signed_date
				$CT-1,$PRJ-A,$C1,1000000,2020-01-01
				$CT-2,$PRJ-B,$C2,1000000,2020-01-01
				$CT-3,$PRJ-A,$C3,50000,2020-01-01
				"""), Map.entry("accounts.csv", """
				id,holder_id,kind
				$AC1,$C1,CORPORATE
				$AP1,$P1,PERSONAL
				$AP2,$P2,PERSONAL
				$AC2,$C2,CORPORATE
				$AP3,$P3,PERSONAL
				$AP4,$P4,PERSONAL
				$AC3,$C3,CORPORATE
				$AP5,$P5,PERSONAL
				$PUB,$A-JT,PUBLIC
				"""), Map.entry("transfers.csv", """
				id,from_account_id,to_account_id,amount,date,kind
				$T01,$PUB,$AC1,1000000,2020-02-01,PAYMENT
				$T02,$AC1,$AP2,200000,2020-02-10,OTHER
				$T03,$AC1,$AP2,100000,2020-03-10,OTHER
				$T04,$AP2,$AP1,150000,2020-03-20,OTHER
				$T05,$AP1,$AP2,10000,2020-04-20,OTHER
				$T06,$AC2,$AP4,200000,2020-02-10,OTHER
				$T07,$AC2,$AP4,100000,2020-03-10,OTHER
				$T08,$AP4,$AP3,150000,2020-03-20,OTHER
				$T09,$AP3,$AP4,10000,2020-04-20,OTHER
				$T10,$AC1,$AC2,5000,2020-05-01,OTHER
				$T11,$PUB,$AC3,50000,2020-02-01,PAYMENT
				$T12,$AC3,$AP5,20000,2020-02-15,OTHER
				"""), Map.entry("rounds.csv", """
				id,name,committee_id,type,start_date,end_date
				$RND,市委第一轮,$CITY,REGULAR,2021-03-01,2021-05-01
				"""), Map.entry("teams.csv", "id,round_id,name\n$TEAM,$RND,市委一组\n"), Map.entry("leads.csv", """
				id,team_id,source,status,created_date,transferred_to
				$LEAD,$TEAM,INSPECTION,TRANSFERRED,2021-04-01,$JW
				"""), Map.entry("lead_links.csv", "lead_id,entity_id,role\n$LEAD,$P1,SUBJECT\n$LEAD,$C1,BENEFICIARY\n"),
				Map.entry("cases.csv", "id,opened_date,lead_id,handled_by,status\n$CASE,2021-06-01,$LEAD,$JW,OPEN\n"));
	}

	/**
	 * County A: four officials of one bureau; county B: two officials of another and two
	 * suppliers of its project. X, a friend of official PA1 and shareholder of supplier
	 * CB1, is the only bridge, with five entities on each side.
	 */
	static Map<String, String> brokerFixture() {
		return Map.of("organizations.csv", """
				id,name,kind,level,parent_id
				$CITY,黔安市委,PARTY_COMMITTEE,CITY,
				$A,安平县委,PARTY_COMMITTEE,COUNTY,$CITY
				$A-JT,安平县交通运输局,DEPARTMENT,COUNTY,$A
				$B,北岭县委,PARTY_COMMITTEE,COUNTY,$CITY
				$B-JT,北岭县交通运输局,DEPARTMENT,COUNTY,$B
				""", "persons.csv", """
				id,name
				$PA1,甲一
				$PA2,甲二
				$PA3,甲三
				$PA4,甲四
				$PB1,乙一
				$PB2,乙二
				$X,中间人
				""", "positions.csv", """
				person_id,org_id,title,start_date
				$PA1,$A-JT,局长,2018-01-01
				$PA2,$A-JT,副局长,2018-01-01
				$PA3,$A-JT,科长,2018-01-01
				$PA4,$A-JT,科员,2018-01-01
				$PB1,$B-JT,局长,2018-01-01
				$PB2,$B-JT,副局长,2018-01-01
				""", "relations.csv", "person_id,other_person_id,relation\n$X,$PA1,ASSOCIATE\n", "companies.csv",
				"id,name\n$CB1,北岭某工程有限公司\n$CB2,北岭另一工程有限公司\n", "company_roles.csv",
				"person_id,company_id,role,share\n$X,$CB1,SHAREHOLDER,0.3\n", "projects.csv",
				"id,name,org_id\n$PRJ-B,北岭某桥梁,$B-JT\n", "contracts.csv", """
						id,project_id,company_id,amount,signed_date
						$CT-1,$PRJ-B,$CB1,800000,2020-01-01
						$CT-2,$PRJ-B,$CB2,300000,2020-01-01
						""");
	}

	/**
	 * O1 and O2 have the same findings per category (3 petty corruption, 2 clan
	 * bullying); O3 shares one category; O4 shares none.
	 */
	static Map<String, String> similarityFixture() {
		return Map.of("organizations.csv", """
				id,name,kind,level,parent_id
				$CITY,黔安市委,PARTY_COMMITTEE,CITY,
				$O1,甲镇党委,PARTY_COMMITTEE,TOWNSHIP,$CITY
				$O2,乙镇党委,PARTY_COMMITTEE,TOWNSHIP,$CITY
				$O3,丙镇党委,PARTY_COMMITTEE,TOWNSHIP,$CITY
				$O4,丁镇党委,PARTY_COMMITTEE,TOWNSHIP,$CITY
				""", "rounds.csv", """
				id,name,committee_id,type,start_date,end_date
				$RND,市委第一轮,$CITY,REGULAR,2021-03-01,2021-05-01
				""", "teams.csv", "id,round_id,name\n$TEAM,$RND,市委一组\n", "findings.csv", """
				id,team_id,org_id,category,found_date
				$F11,$TEAM,$O1,PETTY_CORRUPTION,2021-04-01
				$F12,$TEAM,$O1,PETTY_CORRUPTION,2021-04-01
				$F13,$TEAM,$O1,PETTY_CORRUPTION,2021-04-01
				$F14,$TEAM,$O1,CLAN_BULLY,2021-04-01
				$F15,$TEAM,$O1,CLAN_BULLY,2021-04-01
				$F21,$TEAM,$O2,PETTY_CORRUPTION,2021-04-01
				$F22,$TEAM,$O2,PETTY_CORRUPTION,2021-04-01
				$F23,$TEAM,$O2,PETTY_CORRUPTION,2021-04-01
				$F24,$TEAM,$O2,CLAN_BULLY,2021-04-01
				$F25,$TEAM,$O2,CLAN_BULLY,2021-04-01
				$F31,$TEAM,$O3,PETTY_CORRUPTION,2021-04-01
				$F41,$TEAM,$O4,EIGHT_RULES,2021-04-01
				""");
	}

	private List<Map<String, Object>> rings(String method) {
		return this.graphQl.document("{ rings(method: " + method + ", minSize: 3, scope: \"" + this.r
				+ "CITY\") { size officials contractedCompanies mixed members { id } subgraph { edges { type from to } } } }")
			.execute()
			.path("rings")
			.entity(ROWS)
			.get();
	}

	@SuppressWarnings("unchecked")
	private Set<String> members(Map<String, Object> ring) {
		return ((List<Map<String, Object>>) ring.get("members")).stream()
			.map((m) -> (String) m.get("id"))
			.collect(Collectors.toSet());
	}

	private Set<String> ids(String prefix, String... ids) {
		return java.util.Arrays.stream(ids).map((id) -> prefix + id).collect(Collectors.toSet());
	}

	@Test
	@SuppressWarnings("unchecked")
	void connectedComponentsFindTheRingAndKeepTheNearMissApart() {
		List<Map<String, Object>> rings = rings("WCC");
		Set<String> ringAndBridged = ids(this.r, "P1", "P2", "C1", "AC1", "AP1", "AP2", "P3", "P4", "C2", "AC2", "AP3",
				"AP4");
		assertThat(rings).hasSize(2);
		// The ring tying officials to contracted companies comes first.
		assertThat(members(rings.get(0))).isEqualTo(ringAndBridged);
		assertThat(rings.get(0)).containsEntry("officials", 2)
			.containsEntry("contractedCompanies", 2)
			.containsEntry("mixed", true)
			.containsEntry("size", 12);
		// Paid from the same public account, but that is no tie: a ring of its own.
		assertThat(members(rings.get(1))).isEqualTo(ids(this.r, "P5", "P6", "C3", "AC3", "AP5"));
		List<Map<String, Object>> edges = (List<Map<String, Object>>) ((Map<String, Object>) rings.get(0)
			.get("subgraph")).get("edges");
		assertThat(edges).contains(Map.of("type", "TRANSFER", "from", this.r + "AC1", "to", this.r + "AC2"),
				Map.of("type", "RELATED_TO", "from", this.r + "P1", "to", this.r + "P2"));
		assertThat(edges).noneMatch((e) -> e.get("from").equals(this.r + "PUB"));
	}

	@Test
	void louvainSplitsGroupsJoinedByOneTransfer() {
		List<Map<String, Object>> rings = rings("LOUVAIN");
		Set<String> ring = ids(this.r, "P1", "P2", "C1", "AC1", "AP1", "AP2");
		Set<String> other = ids(this.r, "P3", "P4", "C2", "AC2", "AP3", "AP4");
		assertThat(rings)
			.anySatisfy((c) -> assertThat(members(c)).containsAll(ring).doesNotContainAnyElementsOf(other));
		assertThat(rings)
			.anySatisfy((c) -> assertThat(members(c)).containsAll(other).doesNotContainAnyElementsOf(ring));
	}

	@Test
	void theBrokerLinkingTwoCountiesRanksFirst() {
		List<Map<String, Object>> brokers = this.graphQl
			.document("{ brokers(measure: BETWEENNESS, scope: \"" + this.b
					+ "CITY\") { entity { id kind } score officialCounties supplierCounties crossCounty } }")
			.execute()
			.path("brokers")
			.entity(ROWS)
			.get();
		assertThat(brokers).isNotEmpty();
		Map<String, Object> first = brokers.get(0);
		assertThat(first.get("entity")).isEqualTo(Map.of("id", this.b + "X", "kind", "Person"));
		assertThat(first).containsEntry("crossCounty", true)
			.containsEntry("officialCounties", List.of("安平县委"))
			.containsEntry("supplierCounties", List.of("北岭县委"));
		assertThat((Double) first.get("score")).isGreaterThan((Double) brokers.get(1).get("score"));
		// An official of county B alone joins nothing across counties.
		assertThat(brokers).filteredOn((x) -> ((Map<?, ?>) x.get("entity")).get("id").equals(this.b + "PB1"))
			.allSatisfy((x) -> assertThat(x).containsEntry("crossCounty", false));
	}

	@Test
	void pageRankScoresOnlyPersonsAndCompanies() {
		List<Map<String, Object>> brokers = this.graphQl
			.document("{ brokers(measure: PAGE_RANK, first: 50, scope: \"" + this.b
					+ "CITY\") { entity { id kind } score } }")
			.execute()
			.path("brokers")
			.entity(ROWS)
			.get();
		assertThat(brokers).hasSize(9);
		assertThat(brokers).allSatisfy((x) -> {
			assertThat(((Map<?, ?>) x.get("entity")).get("kind")).isIn("Person", "Company");
			assertThat((Double) x.get("score")).isPositive();
		});
	}

	@Test
	void theOrganizationWithTheSameProblemsIsMostSimilar() {
		List<Map<String, Object>> similar = this.graphQl
			.document("{ similarOrganizations(id: \"" + this.s
					+ "O1\") { organization { id } similarity sharedCategories } }")
			.execute()
			.path("similarOrganizations")
			.entity(ROWS)
			.get();
		assertThat(similar.get(0)).containsEntry("organization", Map.of("id", this.s + "O2"))
			.containsEntry("similarity", 1.0)
			.containsEntry("sharedCategories", List.of("CLAN_BULLY", "PETTY_CORRUPTION"));
		assertThat(similar).anySatisfy((x) -> {
			assertThat(x).containsEntry("organization", Map.of("id", this.s + "O3"));
			assertThat(x).containsEntry("similarity", 0.2);
		});
		assertThat(similar).noneMatch((x) -> x.get("organization").equals(Map.of("id", this.s + "O4")));
	}

	@Test
	void anAnalystNeverSeesALeadOrCaseInAnyResult() {
		Set<String> hidden = new HashSet<>(ids(this.r, "LEAD", "CASE"));
		for (String query : List.of(
				"{ rings(scope: \"" + this.r
						+ "CITY\") { members { id } subgraph { nodes { id } edges { from to } } } }",
				"{ rings(method: LOUVAIN, minSize: 2) { members { id } subgraph { nodes { id } edges { from to } } } }",
				"{ brokers(first: 200) { entity { id } } }",
				"{ brokers(measure: PAGE_RANK, first: 200) { entity { id } } }",
				"{ similarOrganizations(id: \"" + this.r + "JW\") { organization { id } } }")) {
			String body = raw(this.r + "analyst", query);
			assertThat(body).contains("\"data\"").doesNotContain("\"errors\"");
			hidden.forEach((id) -> assertThat(body).doesNotContain(id));
		}
	}

	private String raw(String user, String query) {
		return TestGraphQl.raw(this.client, user, PASSWORD, query);
	}

	@Test
	void badArgumentsAreRefusedWithTheirName() {
		refused("{ rings(first: 0) { size } }", "LIMIT_EXCEEDED", "first");
		refused("{ rings(first: 201) { size } }", "LIMIT_EXCEEDED", "first");
		refused("{ rings(minSize: 1) { size } }", "BAD_REQUEST", "minSize");
		refused("{ rings(scope: \"" + this.r + "NOPE\") { size } }", "NOT_FOUND", "scope");
		refused("{ rings(scope: \"" + this.r + "P1\") { size } }", "BAD_REQUEST", "scope");
		refused("{ brokers(first: 500) { score } }", "LIMIT_EXCEEDED", "first");
		refused("{ brokers(scope: \"" + this.r + "LEAD\") { score } }", "BAD_REQUEST", "scope");
		// For whoever may not see it, the lead does not exist, not even as a wrong kind.
		String analyst = raw(this.r + "analyst", "{ brokers(scope: \"" + this.r + "LEAD\") { score } }");
		assertThat(analyst).contains("NOT_FOUND").doesNotContain("Lead");
		refused("{ similarOrganizations(id: \"" + this.r + "C1\") { similarity } }", "BAD_REQUEST", "id");
		refused("{ similarOrganizations(id: \"" + this.r + "NOPE\") { similarity } }", "NOT_FOUND", "id");
	}

	private void refused(String query, String code, String field) {
		this.graphQl.document(query).execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", code).containsEntry("field", field);
		});
	}

}
