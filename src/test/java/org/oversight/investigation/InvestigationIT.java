package org.oversight.investigation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.TestGraphQl;
import org.oversight.audit.AuditLog;
import org.oversight.graph.Cypher;
import org.oversight.ingest.ImportOptions;
import org.oversight.ingest.ImportProgress;
import org.oversight.ingest.ImportReport;
import org.oversight.ingest.Importer;
import org.oversight.lead.JointInspection;
import org.oversight.security.Role;
import org.oversight.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saved investigations over the joint inspection of {@link JointInspection}: the owner
 * saves, a team mate opens, a team mate who may not see a lead gets the investigation as
 * if it had never held it, everyone else gets NOT_FOUND like an unknown id; versions,
 * shares, deletes and the audit trail.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvestigationIT {

	@Autowired
	WebTestClient client;

	@Autowired
	Importer importer;

	@Autowired
	UserService users;

	@Autowired
	AuditLog audit;

	@Autowired
	Cypher cypher;

	@Autowired
	HttpGraphQlTester admin;

	JointInspection f;

	@BeforeAll
	void load() {
		this.f = new JointInspection(this.importer, this.users, this.client);
	}

	String id(String local) {
		return this.f.p + local;
	}

	/** A picture of some of the fixture's entities, with a note on each node. */
	Map<String, Object> picture(String name, List<String> entities, List<Map<String, Object>> queries) {
		List<Map<String, Object>> nodes = new ArrayList<>();
		for (int i = 0; i < entities.size(); i++) {
			Map<String, Object> node = new LinkedHashMap<>();
			node.put("entityId", id(entities.get(i)));
			node.put("x", 10.5 * i);
			node.put("y", -20.25);
			node.put("note", "注记 " + entities.get(i));
			node.put("pinned", i == 0);
			node.put("group", "组" + (i % 2));
			nodes.add(node);
		}
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("name", name);
		input.put("note", "研判: 张某与王某某");
		input.put("layout", "FORCE");
		input.put("nodes", nodes);
		input.put("queries", queries);
		return input;
	}

	Map<String, Object> query(String name, String variables) {
		return Map.of("name", name, "variables", this.f.doc(variables));
	}

	String save(String user, Map<String, Object> input) {
		return this.f.as(user)
			.documentName("saveInvestigation")
			.variable("input", input)
			.execute()
			.path("saveInvestigation.id")
			.entity(String.class)
			.get();
	}

	void share(String user, String investigation, String team) {
		this.f.as(user)
			.documentName("shareInvestigation")
			.variable("id", investigation)
			.variable("teamId", id(team))
			.execute()
			.path("shareInvestigation.sharedWith[*].id")
			.entityList(String.class)
			.contains(id(team));
	}

	GraphQlTester.Response open(String user, String investigation) {
		return this.f.as(user).documentName("openInvestigation").variable("id", investigation).execute();
	}

	void refused(GraphQlTester.Response response, String code, String field) {
		response.errors()
			.expect((e) -> code.equals(e.getExtensions().get("code")) && field.equals(e.getExtensions().get("field")))
			.verify();
	}

	/** The whole response body, for byte-for-byte comparisons. */
	String raw(String user, String document, Map<String, Object> variables) {
		String query;
		try {
			query = new ClassPathResource("graphql-test/" + document + ".graphql")
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return this.client.post()
			.uri("/graphql")
			.headers((h) -> h.setBasicAuth(this.f.p + user, JointInspection.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query, "variables", variables))
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	@Test
	void theOwnerSavesAndATeamMateOpensItOnceShared() {
		String inv = save("a-leader", picture("张某线索研判", List.of("P-ZHANG", "L-A", "C-ROAD"),
				List.of(query("neighborhood", "{\"id\": \"$L-A\", \"hops\": 2}"))));
		open("a-leader", inv).path("investigation.entities[*].id")
			.entityList(String.class)
			.containsExactly(id("P-ZHANG"), id("L-A"), id("C-ROAD"))
			.path("investigation.editable")
			.entity(Boolean.class)
			.isEqualTo(true);
		// Not shared yet: the team mate gets what an unknown id gets.
		refused(open("a-member", inv), "NOT_FOUND", "id");

		share("a-leader", inv, "TA");
		GraphQlTester.Response mate = open("a-member", inv);
		mate.path("investigation.entities[*].id")
			.entityList(String.class)
			.containsExactly(id("P-ZHANG"), id("L-A"), id("C-ROAD"))
			.path("investigation.nodes[1].note")
			.entity(String.class)
			.isEqualTo("注记 L-A")
			.path("investigation.nodes[1].x")
			.entity(Double.class)
			.isEqualTo(10.5)
			.path("investigation.nodes[0].pinned")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("investigation.nodes[1].entity.kind")
			.entity(String.class)
			.isEqualTo("Lead")
			.path("investigation.queries[0].variables")
			.entity(String.class)
			.isEqualTo("{\"id\":\"" + id("L-A") + "\",\"hops\":2}")
			.path("investigation.owner")
			.entity(String.class)
			.isEqualTo(id("a-leader"))
			.path("investigation.editable")
			.entity(Boolean.class)
			.isEqualTo(false);
		// A reader who is not the owner may not change, share or delete it.
		refused(this.f.as("a-member")
			.documentName("updateInvestigation")
			.variable("id", inv)
			.variable("expectedVersion", 0)
			.variable("input", picture("改", List.of("P-ZHANG"), List.of()))
			.execute(), "FORBIDDEN", "id");
		refused(this.f.as("a-member").documentName("deleteInvestigation").variable("id", inv).execute(), "FORBIDDEN",
				"id");
		assertThat(listed("a-member", "SHARED")).contains(inv);
		assertThat(listed("a-member", "MINE")).doesNotContain(inv);
		assertThat(listed("a-leader", "MINE")).contains(inv);
	}

	@Test
	void aTeamMateWhoMayNotSeeALeadGetsTheInvestigationAsIfItNeverHeldIt() {
		// x-leader's team owns L-X; TA is outside its inspection and may not see it.
		List<Map<String, Object>> queries = List.of(query("neighborhood", "{\"id\": \"$P-WANG\", \"hops\": 1}"),
				query("paths", "{\"from\": \"$P-WANG\", \"to\": [\"$L-X\"]}"));
		String with = save("x-leader", picture("王某某研判", List.of("P-WANG", "L-X", "P-ZHANG"), queries));
		Map<String, Object> without = picture("王某某研判", List.of("P-WANG", "P-ZHANG"), queries.subList(0, 1));
		// The same positions as the remaining nodes of the first picture.
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> nodes = (List<Map<String, Object>>) without.get("nodes");
		nodes.get(1).put("x", 21.0);
		nodes.get(1).put("note", "注记 P-ZHANG");
		nodes.get(1).put("group", "组0");
		String never = save("x-leader", without);
		share("x-leader", with, "TA");
		share("x-leader", never, "TA");

		String cut = raw("a-member", "openInvestigation", Map.of("id", with));
		String clean = raw("a-member", "openInvestigation", Map.of("id", never));
		assertThat(cut).isEqualTo(clean).doesNotContain(id("L-X"), "L-X", "Lead", "errors");
		assertThat(cut).contains(id("P-WANG"), id("P-ZHANG"));
		// The owner, and an administrator, still get all of it.
		assertThat(raw("x-leader", "openInvestigation", Map.of("id", with))).contains(id("L-X"), "注记 L-X", "paths");
		this.admin.documentName("openInvestigation")
			.variable("id", with)
			.execute()
			.path("investigation.entities")
			.entityList(Object.class)
			.hasSize(3);
		// Lists count only what the reader may see.
		assertThat(count("a-member", with)).isEqualTo(2);
		assertThat(count("a-member", never)).isEqualTo(2);
		assertThat(count("x-leader", with)).isEqualTo(3);
	}

	@Test
	void anyoneElseGetsNotFoundLikeAnUnknownIdAndAnAnalystReadsOnlyTheirOwn() {
		String inv = save("x-leader", picture("常规组研判", List.of("P-WANG", "L-X"), List.of()));
		share("x-leader", inv, "TX");
		String unknown = "INV-no-such-investigation";
		// city-leader's team is in a joint inspection with TA, not TX; the analyst and
		// the discipline body are in no team at all.
		for (String outsider : List.of("city-leader", "a-member", "analyst", "discipline-a", "leader-b")) {
			String hidden = raw(outsider, "openInvestigation", Map.of("id", inv)).replace(inv, "ID");
			String none = raw(outsider, "openInvestigation", Map.of("id", unknown)).replace(unknown, "ID");
			assertThat(hidden).as(outsider).isEqualTo(none).contains("NOT_FOUND");
			refused(this.f.as(outsider).documentName("deleteInvestigation").variable("id", inv).execute(), "NOT_FOUND",
					"id");
			assertThat(listed(outsider, "ALL")).doesNotContain(inv);
		}
		String own = save("analyst", picture("分析员研判", List.of("P-WANG", "C-ROAD"), List.of()));
		open("analyst", own).path("investigation.editable").entity(Boolean.class).isEqualTo(true);
		assertThat(listed("analyst", "ALL")).contains(own).doesNotContain(inv);
		// Nobody draws what they may not see: a hidden lead is refused like an unknown
		// id.
		refused(this.f.as("analyst")
			.documentName("saveInvestigation")
			.variable("input", picture("越权", List.of("P-WANG", "L-X"), List.of()))
			.execute(), "NOT_FOUND", "input.nodes[1].entityId");
		// An administrator reads and lists everyone's.
		this.admin.documentName("openInvestigation")
			.variable("id", own)
			.execute()
			.path("investigation.owner")
			.entity(String.class)
			.isEqualTo(id("analyst"));
	}

	@Test
	void anUpdateQuotesTheVersionAndKeepsWhatTheUpdaterMayNotSee() {
		this.users.save(id("mover"), JointInspection.PASSWORD, Role.INSPECTOR, id("P-XL"), null, null);
		String inv = save("mover",
				picture("调岗前研判", List.of("P-WANG", "L-X"), List.of(query("neighborhood", "{\"id\": \"$L-X\"}"))));
		this.f.as("mover")
			.documentName("updateInvestigation")
			.variable("id", inv)
			.variable("expectedVersion", 0)
			.variable("input",
					picture("调岗前研判 v2", List.of("P-WANG", "L-X"), List.of(query("neighborhood", "{\"id\": \"$L-X\"}"))))
			.execute()
			.path("updateInvestigation.version")
			.entity(Integer.class)
			.isEqualTo(1);
		refused(this.f.as("mover")
			.documentName("updateInvestigation")
			.variable("id", inv)
			.variable("expectedVersion", 0)
			.variable("input", picture("过期", List.of("P-WANG"), List.of()))
			.execute(), "CONFLICT", "expectedVersion");
		// The owner moves to team TA and no longer sees L-X: they get the picture without
		// it, and their update cannot remove what they cannot see.
		// (A new password, so that no sign-in remembered from before the move is reused.)
		String moved = "another-long-test-password";
		this.users.save(id("mover"), moved, Role.INSPECTOR, id("P-AM"), null, null);
		HttpGraphQlTester mover = TestGraphQl.as(this.client, id("mover"), moved);
		mover.documentName("openInvestigation")
			.variable("id", inv)
			.execute()
			.path("investigation.entities[*].id")
			.entityList(String.class)
			.containsExactly(id("P-WANG"));
		mover.documentName("updateInvestigation")
			.variable("id", inv)
			.variable("expectedVersion", 1)
			.variable("input",
					picture("调岗后研判", List.of("P-WANG", "P-ZHANG"),
							List.of(query("neighborhood", "{\"id\": \"$P-ZHANG\"}"))))
			.execute()
			.path("updateInvestigation.nodes[*].entityId")
			.entityList(String.class)
			.containsExactly(id("P-WANG"), id("P-ZHANG"));
		this.admin.documentName("openInvestigation")
			.variable("id", inv)
			.execute()
			.path("investigation.name")
			.entity(String.class)
			.isEqualTo("调岗后研判")
			.path("investigation.entities[*].id")
			.entityList(String.class)
			.containsExactly(id("P-WANG"), id("P-ZHANG"), id("L-X"))
			.path("investigation.queries[*].variables")
			.entityList(String.class)
			.containsExactly("{\"id\":\"" + id("P-ZHANG") + "\"}", "{\"id\":\"" + id("L-X") + "\"}");
	}

	@Test
	void badInputIsRefusedByName() {
		refused(this.f.as("analyst")
			.documentName("saveInvestigation")
			.variable("input", picture(" ", List.of("P-WANG"), List.of()))
			.execute(), "BAD_REQUEST", "input.name");
		refused(this.f.as("analyst")
			.documentName("saveInvestigation")
			.variable("input", picture("x", List.of("P-WANG"), List.of(query("paths", "[1, 2]"))))
			.execute(), "BAD_REQUEST", "input.queries[0].variables");
		refused(this.f.as("analyst")
			.documentName("saveInvestigation")
			.variable("input", picture("x", List.of("P-WANG", "P-WANG"), List.of()))
			.execute(), "BAD_REQUEST", "input.nodes[1].entityId");
		refused(this.f.as("analyst")
			.documentName("saveInvestigation")
			.variable("input", picture("x", List.of("NO-SUCH"), List.of()))
			.execute(), "NOT_FOUND", "input.nodes[0].entityId");
		String inv = save("analyst", picture("x", List.of("P-WANG"), List.of()));
		refused(this.f.as("analyst")
			.documentName("shareInvestigation")
			.variable("id", inv)
			.variable("teamId", id("P-WANG"))
			.execute(), "NOT_FOUND", "teamId");
	}

	@Test
	void sharesAreRevokedDeletesAreFinalAndEverySaveReadShareAndDeleteIsAudited() {
		String inv = save("x-leader", picture("审计研判", List.of("P-WANG"), List.of()));
		share("x-leader", inv, "TA");
		open("a-member", inv).path("investigation.name").entity(String.class).isEqualTo("审计研判");
		this.f.as("x-leader")
			.documentName("revokeInvestigationShare")
			.variable("id", inv)
			.variable("teamId", id("TA"))
			.execute()
			.path("revokeInvestigationShare")
			.entity(Boolean.class)
			.isEqualTo(true);
		refused(open("a-member", inv), "NOT_FOUND", "id");
		this.f.as("x-leader")
			.documentName("updateInvestigation")
			.variable("id", inv)
			.variable("expectedVersion", 0)
			.variable("input", picture("审计研判 v2", List.of("P-WANG"), List.of()))
			.execute()
			.path("updateInvestigation.version")
			.entity(Integer.class)
			.isEqualTo(1);
		this.f.as("x-leader")
			.documentName("deleteInvestigation")
			.variable("id", inv)
			.execute()
			.path("deleteInvestigation")
			.entity(Boolean.class)
			.isEqualTo(true);
		refused(open("x-leader", inv), "NOT_FOUND", "id");

		String x = id("x-leader");
		assertThat(operations(x, inv)).contains("investigation-saved", "shareInvestigation", "revokeInvestigationShare",
				"updateInvestigation", "deleteInvestigation");
		assertThat(this.audit.find(id("a-member"), "investigation-read", inv, null, null, 10))
			.extracting(AuditLog.AuditRecord::outcome)
			.containsExactlyInAnyOrder("ok", "refused: NOT_FOUND");
		assertThat(this.audit.find(x, "shareInvestigation", inv, null, null, 10).get(0).entities()).containsExactly(inv,
				id("TA"));
	}

	@Test
	void aBadLineOfInvestigationsJsonlIsReportedByFileLineAndFieldAndNothingIsWritten() {
		String p = TestData.prefix();
		String good = "{\"id\":\"$INV-1\",\"name\":\"导入\",\"owner\":\"someone\",\"version\":2,"
				+ "\"created_at\":\"2026-01-02T03:04:05Z\",\"updated_at\":\"2026-01-03T03:04:05Z\","
				+ "\"nodes\":[{\"entity_id\":\"$O1\",\"x\":1.5}],\"queries\":[]}";
		String bad = "{\"id\":\"$INV-2\",\"name\":\"坏\",\"owner\":\"someone\",\"colour\":\"red\","
				+ "\"created_at\":\"yesterday\",\"updated_at\":\"2026-01-03T03:04:05Z\","
				+ "\"shared_with\":[\"$O1\"],\"nodes\":[{\"entity_id\":\"$NOPE\"}]}";
		Map<String, String> files = Map.of("organizations.csv", "id,name,kind,level\n$O1,市委,PARTY_COMMITTEE,CITY\n",
				"investigations.jsonl", good + "\n" + bad + "\n");
		ImportReport report = this.importer.run(TestData.bundle(p, files), ImportOptions.defaults("test"),
				ImportProgress.NONE);
		assertThat(report.errors()).extracting(Object::toString)
			.contains("investigations.jsonl:2: colour: not a field of investigations.jsonl (allowed: created_at, id,"
					+ " layout, name, nodes, note, owner, queries, shared_with, updated_at, updated_by, version)",
					"investigations.jsonl:2: created_at: 'yesterday' is not an ISO date-time (e.g. 2026-12-03T09:30:00Z)");
		assertThat(TestData.count(this.cypher,
				"MATCH (n) WHERE (n:__Investigation OR n:Entity) AND n.id STARTS WITH $p RETURN count(n)",
				Map.of("p", p)))
			.isZero();

		ImportReport fixed = this.importer.run(
				TestData.bundle(p,
						Map.of("organizations.csv", files.get("organizations.csv"), "investigations.jsonl",
								good + "\n"
										+ bad.replace("\"colour\":\"red\",", "")
											.replace("yesterday", "2026-01-01T00:00:00+08:00")
											.replace("\"shared_with\":[\"$O1\"],", "")
											.replace("$NOPE", "$O1"))),
				ImportOptions.defaults("test"), ImportProgress.NONE);
		assertThat(fixed.errors()).isEmpty();
		assertThat(fixed.counts().get("investigations.jsonl").created()).isEqualTo(2);
		this.admin.documentName("openInvestigation")
			.variable("id", p + "INV-1")
			.execute()
			.path("investigation.version")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("investigation.owner")
			.entity(String.class)
			.isEqualTo("someone");
	}

	List<String> operations(String user, String investigation) {
		return this.audit.find(user, null, investigation, null, null, 100)
			.stream()
			.map(AuditLog.AuditRecord::operation)
			.toList();
	}

	List<String> listed(String user, String scope) {
		return this.f.as(user)
			.documentName("investigations")
			.variable("scope", scope)
			.execute()
			.path("investigations[*].id")
			.entityList(String.class)
			.get();
	}

	int count(String user, String investigation) {
		return this.f.as(user)
			.documentName("investigations")
			.variable("scope", "ALL")
			.execute()
			.path("investigations")
			.entityList(Map.class)
			.get()
			.stream()
			.filter((m) -> investigation.equals(m.get("id")))
			.map((m) -> ((Number) m.get("nodeCount")).intValue())
			.findFirst()
			.orElseThrow();
	}

}
