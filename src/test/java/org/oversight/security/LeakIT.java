package org.oversight.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.Fixtures;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.TestGraphQl;
import org.oversight.graph.Cypher;
import org.oversight.ingest.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route so far, attacked by each role: a lead or case a user may not see must not
 * exist for them — not the node, not its id, not a count.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeakIT {

	static final String PASSWORD = "a-long-test-password";

	@Autowired
	WebTestClient client;

	@Autowired
	Importer importer;

	@Autowired
	UserService users;

	@Autowired
	Cypher cypher;

	String p;

	/** What each user may see: leads and cases. */
	Map<String, Set<String>> visible = new HashMap<>();

	@BeforeAll
	void loadLeadsAndUsers() {
		this.p = TestData.prefix();
		Map<String, String> files = new HashMap<>(Fixtures.smallCity());
		files.put("organizations.csv", Fixtures.smallCity().get("organizations.csv") + """
				$CITY-JW,黔安市纪委监委,DISCIPLINE_BODY,CITY,$CITY,,
				$A-JW,安平县纪委监委,DISCIPLINE_BODY,COUNTY,$A,,
				""");
		files.put("persons.csv", Fixtures.smallCity().get("persons.csv") + "$P-INS,巡察干部某,F,1985,true,\n");
		files.put("rounds.csv", """
				id,name,committee_id,type,start_date,end_date
				$RC,市委第一轮,$CITY,REGULAR,2021-03-01,2021-05-01
				$RA,安平县委第一轮,$A,REGULAR,2021-03-01,2021-05-01
				$RB,北岭县委第一轮,$B,REGULAR,2021-03-01,2021-05-01
				""");
		files.put("teams.csv", "id,round_id,name\n$TC,$RC,市委一组\n$TA,$RA,安平一组\n$TB,$RB,北岭一组\n");
		files.put("team_members.csv", "team_id,person_id,role\n$TA,$P-INS,MEMBER\n");
		files.put("leads.csv", """
				id,team_id,source,status,created_date,transferred_to,summary
				$L-A,$TA,INSPECTION,TRANSFERRED,2021-04-01,$CITY-JW,安平线索绝密
				$L-B,$TB,PETITION,CASE_OPENED,2021-04-02,,北岭线索绝密
				$L-C,$TC,AUDIT,OPEN,2021-04-03,,市级线索绝密
				""");
		files.put("lead_links.csv", "lead_id,entity_id,role\n$L-A,$P-ZHANG,SUBJECT\n$L-B,$P-ZHANG,SUBJECT\n");
		files.put("cases.csv", """
				id,opened_date,lead_id,handled_by,status
				$K-A,2021-06-01,$L-A,$A-JW,OPEN
				$K-B,2021-06-02,$L-B,$CITY-JW,OPEN
				""");
		files.put("sanctions.csv", "id,person_id,type,date,case_id\n$S-B,$P-ZHANG,PARTY_WARNING,2021-09-01,$K-B\n");
		TestData.load(this.importer, this.p, files);

		user("analyst", Role.ANALYST, null, null, null);
		user("inspector", Role.INSPECTOR, this.p + "P-INS", null, null, "L-A", "K-A");
		user("leader-a", Role.LEADERSHIP, null, this.p + "A", null, "L-A", "K-A");
		user("leader-city", Role.LEADERSHIP, null, this.p + "CITY", null, "L-A", "L-B", "L-C", "K-A", "K-B");
		user("discipline", Role.DISCIPLINE, null, null, this.p + "CITY-JW", "L-A", "K-A", "K-B");
	}

	private void user(String name, Role role, String person, String committee, String org, String... sees) {
		String login = this.p + name;
		this.users.save(login, PASSWORD, role, person, committee, org);
		this.visible.put(login, Set.of(sees));
	}

	private HttpGraphQlTester as(String login) {
		return TestGraphQl.as(this.client, login, PASSWORD);
	}

	private static final List<String> SENSITIVE = List.of("L-A", "L-B", "L-C", "K-A", "K-B");

	@Test
	void directLookupsShowOnlyWhatTheRoleAllows() {
		this.visible.forEach((login, sees) -> {
			for (String id : SENSITIVE) {
				String full = this.p + id;
				var response = as(login)
					.document("{ node(id: \"" + full + "\") { id } entity(id: \"" + full
							+ "\") { id name } nodes(ids: [\"" + full + "\"]) { id } }")
					.execute();
				if (sees.contains(id)) {
					response.path("node.id").entity(String.class).isEqualTo(full);
				}
				else {
					response.path("node").valueIsNull().path("entity").valueIsNull().path("nodes[0]").valueIsNull();
				}
			}
		});
	}

	@Test
	void listsAndTheirCountsHoldOnlyTheVisible() {
		this.visible.forEach((login, sees) -> {
			for (String kind : List.of("leads", "cases")) {
				var response = as(login)
					.document("{ " + kind + "(filter: {ids: " + quoted(SENSITIVE) + "}) { totalCount nodes { id } } }")
					.execute();
				List<String> expected = sees.stream()
					.filter((id) -> id.startsWith(kind.equals("leads") ? "L" : "K"))
					.map((id) -> this.p + id)
					.toList();
				response.path(kind + ".totalCount").entity(Integer.class).isEqualTo(expected.size());
				assertThat(response.path(kind + ".nodes[*].id").entityList(String.class).get())
					.containsExactlyInAnyOrderElementsOf(expected);
			}
		});
	}

	@Test
	void nestedTraversalFromVisibleEntitiesStopsAtHiddenOnes() {
		this.visible.forEach((login, sees) -> {
			var response = as(login).document("""
					{ person: node(id: "%1$sP-ZHANG") { ... on Person { implicatedIn { source { id } }
					      sanctions { id case { id lead { id } } } } }
					  discipline: node(id: "%1$sCITY-JW") { id } }""".formatted(this.p)).execute();
			List<String> leads = response.path("person.implicatedIn[*].source.id").entityList(String.class).get();
			assertThat(leads).as(login)
				.containsExactlyInAnyOrderElementsOf(sees.stream()
					.filter((id) -> List.of("L-A", "L-B").contains(id))
					.map((id) -> this.p + id)
					.toList());
			if (sees.contains("K-B")) {
				response.path("person.sanctions[0].case.id").entity(String.class).isEqualTo(this.p + "K-B");
			}
			else {
				response.path("person.sanctions[0].case").valueIsNull();
			}
			if (sees.contains("K-B") && !sees.contains("L-B")) {
				response.path("person.sanctions[0].case.lead").valueIsNull();
			}
		});
	}

	@Test
	void linkAnalysisRoutesNeverNameAHiddenLeadOrCase() {
		String query = """
				{ around: neighborhood(id: "%1$sP-ZHANG", hops: 3, limit: 1000) { nodes { id } edges { from to } }
				  aroundSanction: neighbourhood(ids: ["%1$sS-B"], hops: 2) { nodes { id ... on Entity { name } } }
				  paths(from: "%1$sP-ZHANG", to: "%1$sCITY-JW", maxHops: 5, first: 50) { sentence nodes { id } }
				  viaTeams: paths(from: "%1$sTA", to: "%1$sTB", maxHops: 4, first: 50) { nodes { id } }
				  connections(ids: ["%1$sP-ZHANG", "%1$sCITY-JW", "%1$sA-JW"], maxHops: 3, first: 200) {
				    entity { id } evidence { nodes { id } } }
				  timeline(id: "%1$sP-ZHANG", first: 1000) { entity { id } edge { from to } summary }
				  commonEntities(minOrgs: 2, first: 200) { items { id } }
				  systemicIssues(minOrgs: 1, minShare: 0) { organizations { id } } }""".formatted(this.p);
		this.visible.forEach((login, sees) -> {
			String body = raw(login, query);
			assertThat(body).as(login).doesNotContain("\"errors\"");
			for (String id : SENSITIVE) {
				if (!sees.contains(id)) {
					assertThat(body).as(login + " must not meet " + id).doesNotContain(this.p + id);
				}
			}
		});
	}

	@Test
	void linkAnalysisFromAHiddenLeadIsRefusedLikeAnUnknownId() {
		this.visible.forEach((login, sees) -> {
			for (String id : SENSITIVE) {
				if (sees.contains(id)) {
					continue;
				}
				String full = this.p + id;
				for (String field : List.of("neighborhood(id: \"%s\") { truncated }",
						"paths(from: \"%s\", to: \"" + this.p + "P-ZHANG\") { length }",
						"paths(from: \"" + this.p + "P-ZHANG\", to: \"%s\") { length }",
						"connections(ids: [\"%s\", \"" + this.p + "P-ZHANG\"]) { distance }",
						"timeline(id: \"%s\") { date }", "moneyTrail(from: \"%s\") { disbursed }")) {
					String hidden = raw(login, "{ " + field.formatted(full) + " }");
					String unknown = raw(login, "{ " + field.formatted(this.p + "NO-SUCH") + " }");
					assertThat(hidden.replace(full, "ID")).as(login + " " + field)
						.isEqualTo(unknown.replace(this.p + "NO-SUCH", "ID"));
				}
			}
		});
	}

	private String raw(String user, String query) {
		return TestGraphQl.raw(this.client, user, PASSWORD, query);
	}

	@Test
	void editsCannotCutHiddenLinksNorChangeWhoSeesWhat() {
		HttpGraphQlTester analyst = as(this.p + "analyst");
		// A sanction's case is the case's data: refused whatever the value, so the
		// refusal
		// says nothing of the case, and the link stays.
		analyst
			.document("mutation { updateSanction(id: \"" + this.p + "S-B\", expectedVersion: 0, input: {caseId: null}) "
					+ "{ id } }")
			.execute()
			.errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
			.verify();
		assertThat(TestData.count(this.cypher, "MATCH ({id: $s})-[r:IN_CASE]->({id: $k}) RETURN count(r)",
				Map.of("s", this.p + "S-B", "k", this.p + "K-B")))
			.isOne();
		for (String mutation : List.of(
				"link(input: {kind: TEAM_MEMBER, from: \"%1$sP-INS\", to: \"%1$sTB\", values: [{field: \"role\", value: \"MEMBER\"}]}) { changed }",
				"updateOrganization(id: \"%1$sB\", expectedVersion: 0, input: {parentId: \"%1$sA\"}) { id }",
				"updateInspectionRound(id: \"%1$sRB\", expectedVersion: 0, input: {committeeId: \"%1$sA\"}) { id }",
				"updateInspectionTeam(id: \"%1$sTB\", expectedVersion: 0, input: {roundId: \"%1$sRA\"}) { id }")) {
			analyst.document("mutation { " + mutation.formatted(this.p) + " }")
				.execute()
				.errors()
				.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
				.verify();
		}
	}

	@Test
	void filtersNamingAHiddenEntityFindNothing() {
		as(this.p + "discipline").document("{ cases(filter: {leadId: \"" + this.p + "L-B\"}) { totalCount } }")
			.execute()
			.path("cases.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		this.visible.forEach((login, sees) -> as(login)
			.document("{ sanctions(filter: {caseId: \"" + this.p + "K-B\"}) { totalCount } }")
			.execute()
			.path("sanctions.totalCount")
			.entity(Integer.class)
			.isEqualTo(sees.contains("K-B") ? 1 : 0));
	}

	@Test
	void aliasesAndFragmentsDoNotOpenADoor() {
		as(this.p + "analyst").document("""
				{ a: node(id: "%1$sL-B") { ...lead } b: node(id: "%1$sK-B") { id } c: entity(id: "%1$sL-C") { name }
				  d: leads(first: 200) { totalCount } e: cases(first: 200) { totalCount } }
				fragment lead on Lead { summary team { id } }""".formatted(this.p))
			.execute()
			.path("a")
			.valueIsNull()
			.path("b")
			.valueIsNull()
			.path("c")
			.valueIsNull()
			.path("d.totalCount")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("e.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void figuresCountOnlyVisibleLeadsAndCases() {
		for (String round : List.of("RA", "RB", "RC")) {
			this.visible.forEach((login, sees) -> {
				long leads = sees.stream().filter((id) -> id.equals("L-" + round.substring(1))).count();
				String suffix = round.substring(1);
				// A case counts toward a round only through a lead the user sees as well.
				long cases = (sees.contains("K-" + suffix) && sees.contains("L-" + suffix)) ? 1 : 0;
				as(login).document("{ figures(roundId: \"" + this.p + round + "\") { leads cases } }")
					.execute()
					.path("figures.leads")
					.entity(Long.class)
					.isEqualTo(leads)
					.path("figures.cases")
					.entity(Long.class)
					.isEqualTo(cases);
			});
		}
	}

	@Test
	void editsOfLeadsAndCasesAndImportsAreRefusedToOthersAndNameNoHiddenKind() {
		HttpGraphQlTester analyst = as(this.p + "analyst");
		analyst.document("""
				mutation { postLead(input: {id: "%1$sL-X", teamId: "%1$sTA", source: INSPECTION,
				  summary: "探测"}) { id } }""".formatted(this.p))
			.execute()
			.errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
			.verify();
		analyst.document("mutation { importBundle(path: \"x\") { ok } }")
			.execute()
			.errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
			.verify();
		analyst.document("""
				mutation { createCompany(input: {id: "%1$sL-B", name: "探测"}) { id } }""".formatted(this.p))
			.execute()
			.errors()
			.expect((e) -> "CONFLICT".equals(e.getExtensions().get("code")) && !e.getMessage().contains("Lead"))
			.verify();
		analyst.document("""
				mutation { link(input: {kind: FINDING_LINK, from: "%1$sL-B", to: "%1$sP-ZHANG",
				  values: [{field: "role", value: "SUBJECT"}]}) { changed } }""".formatted(this.p))
			.execute()
			.errors()
			.expect((e) -> e.getMessage().contains("exists neither"))
			.verify();
		as(this.p + "inspector").document("""
				mutation { createCompany(input: {id: "%1$sC-NEW", name: "新公司"}) { id } }""".formatted(this.p))
			.execute()
			.errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
			.verify();
	}

	@Test
	void anInjectionCorpusLeavesTheGraphAsItWas() {
		long[] before = { TestData.count(this.cypher, "MATCH (n) RETURN count(n)", Map.of()),
				TestData.count(this.cypher, "MATCH ()-[r]->() RETURN count(r)", Map.of()) };
		List<String> corpus = List.of("'", "\"", "\\", "`", "}) DETACH DELETE n //", "' OR 1=1 //",
				"`) MATCH (n) DETACH DELETE n //", "\u0000", "杨某某\"}) DETACH DELETE n", "${jndi:ldap://x}", "*", "~",
				"AND OR NOT", "\uD83D\uDE00", "::", "[", "{{visible n}}");
		HttpGraphQlTester analyst = as(this.p + "analyst");
		for (String text : corpus) {
			String json = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000");
			analyst.document("{ search(text: \"" + json + "x\") { score } }").execute();
			analyst
				.document("{ organizations(filter: {nameContains: \"" + json + "\", ids: [\"" + json
						+ "\"]}) { totalCount } }")
				.execute();
			analyst.document("{ node(id: \"" + json + "\") { id } }").execute();
			analyst.document("{ persons(sort: [{field: \"" + json + "\"}]) { totalCount } }").execute();
		}
		assertThat(TestData.count(this.cypher, "MATCH (n) RETURN count(n)", Map.of())).isEqualTo(before[0]);
		assertThat(TestData.count(this.cypher, "MATCH ()-[r]->() RETURN count(r)", Map.of())).isEqualTo(before[1]);
	}

	@Test
	void nobodyGetsInWithoutAUserAndRepeatedFailuresLockTheAccount() {
		TestGraphQl.post(this.client, null, null).expectStatus().isUnauthorized();
		String login = this.p + "to-lock";
		this.users.save(login, PASSWORD, Role.ANALYST, null, null, null);
		for (int i = 0; i < 5; i++) {
			TestGraphQl.post(this.client, login, "wrong-password").expectStatus().isUnauthorized();
		}
		TestGraphQl.post(this.client, login, PASSWORD).expectStatus().isUnauthorized();
	}

	@Test
	void guessesSentInParallelStillLockTheAccount() {
		String login = this.p + "parallel";
		this.users.save(login, PASSWORD, Role.ANALYST, null, null, null);
		java.util.stream.IntStream.range(0, 12)
			.parallel()
			.forEach((i) -> TestGraphQl.post(this.client, login, "wrong-" + i).expectStatus().isUnauthorized());
		TestGraphQl.post(this.client, login, PASSWORD).expectStatus().isUnauthorized();
	}

	private String quoted(List<String> ids) {
		return ids.stream().map((id) -> "\"" + this.p + id + "\"").toList().toString();
	}

}
