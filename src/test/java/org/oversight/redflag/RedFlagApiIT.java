package org.oversight.redflag;

import java.util.ArrayList;
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
import org.oversight.graph.Cypher;
import org.oversight.security.Role;
import org.oversight.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The red-flag API on the sample city: scoping equals filtering the whole-graph hits, bad
 * arguments are refused by name, hidden leads and cases never show, and alerts keep their
 * triage across runs.
 */
@GraphTest
@TestPropertySource(properties = "oversight.load-sample=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedFlagApiIT {

	static final String PASSWORD = "a-long-test-password";

	static final String AS_OF = "asOf: \"2026-11-01\"";

	static final Map<String, String> LISTS = Map.ofEntries(Map.entry("Organization", "organizations"),
			Map.entry("Person", "persons"), Map.entry("Project", "projects"), Map.entry("Contract", "contracts"),
			Map.entry("Account", "accounts"), Map.entry("Finding", "findings"), Map.entry("Sanction", "sanctions"),
			Map.entry("Rectification", "rectifications"), Map.entry("InspectionTeam", "inspectionTeams"),
			Map.entry("InspectionRound", "inspectionRounds"), Map.entry("Lead", "leads"));

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient client;

	@Autowired
	UserService users;

	@Autowired
	Cypher cypher;

	String p;

	@BeforeAll
	void users() {
		this.p = TestData.prefix();
		this.users.save(this.p + "analyst", PASSWORD, Role.ANALYST, null, null, null);
		// PER-0039 is a member of TEAM-QA-7-02-1, which owns LEAD-S8-01 but not
		// LEAD-S8-02.
		// ORG-QA-JW received LEAD-S8-01; LEAD-S8-02 went to the county's body. (An
		// inspector of
		// the joint inspection would see both leads: the joint lead space.)
		this.users.save(this.p + "discipline", PASSWORD, Role.DISCIPLINE, null, null, "ORG-QA-JW");
	}

	HttpGraphQlTester as(String who) {
		return TestGraphQl.as(this.client, this.p + who, PASSWORD);
	}

	@Test
	void scopedHitsAreTheWholeGraphHitsWhoseEvidenceTouchesTheScope() {
		List<Map<String, Object>> whole = hits(this.graphQl, AS_OF);
		for (String scope : List.of("ORG-LQ-XW", "ORG-QX-XW", "ORG-QA-TYJ")) {
			Set<String> expected = new TreeSet<>();
			for (Map<String, Object> hit : whole) {
				if (touches(scope, hit)) {
					expected.add(hit.get("rule") + "/" + hit.get("subject"));
				}
			}
			Set<String> scoped = new TreeSet<>();
			hits(this.graphQl, AS_OF + ", scope: \"" + scope + "\"")
				.forEach((hit) -> scoped.add(hit.get("rule") + "/" + hit.get("subject")));
			assertThat(scoped).as(scope).isEqualTo(expected).isNotEmpty();
		}
		Set<String> lq = subjects(hits(this.graphQl, AS_OF + ", scope: \"ORG-LQ-XW\""));
		assertThat(lq).contains("CONFLICT_OF_INTEREST_CONTRACT/CT-S6-1", "SANCTION_IGNORED/PER-S11-ZHOU")
			.doesNotContain("CONTRACTOR_CONCENTRATION/CO-S12-HD", "CIRCULAR_FLOW/ACC-CO-S9-DS");
	}

	@Test
	void aRegionScopeCoversTheOrganizationsLocatedInItAndItsSubRegions() {
		String region = this.cypher
			.read("MATCH (:Organization {id: 'ORG-LQ-SLJ'})-[:PART_OF*0..]->(:Organization)-[:LOCATED_IN]->(r:Region) "
					+ "RETURN r.id LIMIT 1", Map.of(), (r) -> r.get(0).asString())
			.get(0);
		assertThat(subjects(hits(this.graphQl, AS_OF + ", scope: \"" + region + "\"")))
			.contains("CONFLICT_OF_INTEREST_CONTRACT/CT-S6-1", "CONFLICT_OF_INTEREST_CONTRACT/CT-S6-2")
			.doesNotContain("CIRCULAR_FLOW/ACC-CO-S9-DS");
	}

	/**
	 * Independently of the engine: the typed lists' underId filter says what lies under
	 * the scope.
	 */
	@SuppressWarnings("unchecked")
	boolean touches(String scope, Map<String, Object> hit) {
		Map<String, List<String>> byKind = new HashMap<>();
		((List<Map<String, Object>>) ((Map<String, Object>) hit.get("evidence")).get("nodes"))
			.forEach((n) -> byKind.computeIfAbsent((String) n.get("kind"), (k) -> new ArrayList<>())
				.add((String) n.get("id")));
		for (var entry : byKind.entrySet()) {
			String list = LISTS.get(entry.getKey());
			if (list == null) {
				continue;
			}
			int count = this.graphQl
				.document("query($ids: [ID!], $scope: ID) { l: " + list
						+ "(filter: {ids: $ids, underId: $scope}) { totalCount } }")
				.variable("ids", entry.getValue())
				.variable("scope", scope)
				.execute()
				.path("l.totalCount")
				.entity(Integer.class)
				.get();
			if (count > 0) {
				return true;
			}
		}
		return false;
	}

	@Test
	void badArgumentsAreRefusedByName() {
		refused("redFlags(rules: [\"NO_SUCH_RULE\"])", "BAD_REQUEST", "rules");
		refused("redFlags(asOf: \"2026-13-45\")", "BAD_REQUEST", "asOf");
		refused("redFlags(first: 1001)", "LIMIT_EXCEEDED", "first");
		refused("redFlags(scope: \"NO-SUCH-ORG\")", "NOT_FOUND", "scope");
		refused("redFlags(scope: \"PER-0039\")", "NOT_FOUND", "scope");
		refused("redFlags(parameters: [{name: \"bogus\", value: 1}])", "BAD_REQUEST", "parameters");
		refused("redFlags(rules: [\"CIRCULAR_FLOW\"], parameters: [{name: \"maxHops\", value: 9}])", "BAD_REQUEST",
				"parameters");
		refused("redFlags(rules: [\"CIRCULAR_FLOW\"], parameters: [{name: \"maxHops\", value: 2.5}])", "BAD_REQUEST",
				"parameters");
	}

	@Test
	void parametersOverrideTheDefaults() {
		// With a 200-day window the 161-day round trip of the near miss becomes a cycle.
		assertThat(subjects(hits(this.graphQl, AS_OF
				+ ", rules: [\"CIRCULAR_FLOW\"], parameters: [{rule: \"CIRCULAR_FLOW\", name: \"windowDays\", value: 200}]")))
			.contains("CIRCULAR_FLOW/ACC-CO-S9-DS")
			.hasSizeGreaterThan(1);
		assertThat(hits(this.graphQl, AS_OF + ", first: 3")).hasSize(3);
	}

	void refused(String call, String code, String field) {
		this.graphQl.document("{ " + call + " { subject } }")
			.execute()
			.errors()
			.expect((e) -> code.equals(e.getExtensions().get("code")) && field.equals(e.getExtensions().get("field")))
			.verify();
	}

	@Test
	void anAnalystSeesNoCorroborationAndNoLeadOrCaseAnywhere() {
		assertThat(hits(as("analyst"), AS_OF + ", rules: [\"CORROBORATED_LEADS\"]")).isEmpty();
		String everything = as("analyst")
			.document("{ redFlags(" + AS_OF + ") { " + RedFlagSampleIT.HITS
					+ " subjectEntity { id } evidence { nodes { id name kind } } } }")
			.execute()
			.path("redFlags")
			.entityList(Object.class)
			.get()
			.toString();
		assertThat(everything).doesNotContain("LEAD-", "CASE-", "Lead", "Case");
	}

	@Test
	void aDisciplineBodySeeingOneOfTheTwoLeadsLearnsNothingOfTheOther() {
		// ORG-QA-JW received LEAD-S8-01 only; LEAD-S8-02 of the other committee is
		// hidden from it, so for it no two committees' leads meet: no hit, as for a
		// graph without LEAD-S8-02.
		assertThat(hits(this.graphQl, AS_OF + ", rules: [\"CORROBORATED_LEADS\"]")).extracting((h) -> h.get("subject"))
			.contains("CO-S8-HX");
		assertThat(hits(as("discipline"), AS_OF + ", rules: [\"CORROBORATED_LEADS\"]")).isEmpty();
	}

	@Test
	void alertsAreKeptOncePerRuleAndSubjectAndKeepTheirTriage() {
		String run = "mutation { runRedFlags(" + AS_OF
				+ ", rules: [\"SPLIT_CONTRACTS\", \"CORROBORATED_LEADS\"]) { hits created updated } }";
		this.graphQl.document(run).execute().path("runRedFlags.hits").entity(Integer.class).isEqualTo(2);
		this.graphQl
			.document("mutation { updateAlert(id: \"SPLIT_CONTRACTS:CT-S13-1\", status: CONFIRMED) { status } }")
			.execute()
			.path("updateAlert.status")
			.entity(String.class)
			.isEqualTo("CONFIRMED");
		this.graphQl.document(run).execute().path("runRedFlags.created").entity(Integer.class).isEqualTo(0);
		assertThat(TestData.count(this.cypher, "MATCH (a:__Alert {rule: 'SPLIT_CONTRACTS'}) RETURN count(a)", Map.of()))
			.isOne();
		this.graphQl.document("{ alerts(rule: \"SPLIT_CONTRACTS\") { id status subject evidenceIds lastSeen } }")
			.execute()
			.path("alerts[0].status")
			.entity(String.class)
			.isEqualTo("CONFIRMED")
			.path("alerts[0].evidenceIds")
			.entityList(String.class)
			.contains("CT-S13-1", "CT-S13-2", "CT-S13-3");

		this.graphQl.document("mutation { updateAlert(id: \"SPLIT_CONTRACTS:CT-S13-1\", status: DISMISSED) { id } }")
			.execute()
			.errors()
			.expect((e) -> "reason".equals(e.getExtensions().get("field")))
			.verify();
		this.graphQl
			.document(
					"mutation { updateAlert(id: \"SPLIT_CONTRACTS:CT-S13-1\", status: DISMISSED, reason: \"已核实为分批采购\") "
							+ "{ status reason } }")
			.execute()
			.path("updateAlert.reason")
			.entity(String.class)
			.isEqualTo("已核实为分批采购");
		this.graphQl.document(run).execute();
		this.graphQl.document("{ alerts(rule: \"SPLIT_CONTRACTS\") { status } }")
			.execute()
			.path("alerts[0].status")
			.entity(String.class)
			.isEqualTo("DISMISSED");

		// The corroboration stored by the administrator's run: the analyst's and the
		// discipline body's own runs have no such hit, so neither sees the alert.
		as("analyst").document("{ alerts(rule: \"CORROBORATED_LEADS\") { id } }")
			.execute()
			.path("alerts")
			.entityList(Object.class)
			.hasSize(0);
		as("discipline").document("{ alerts(rule: \"CORROBORATED_LEADS\") { evidenceIds } }")
			.execute()
			.path("alerts")
			.entityList(Object.class)
			.hasSize(0);
		as("discipline").document("mutation { updateAlert(id: \"SPLIT_CONTRACTS:CT-S13-1\", status: OPEN) { id } }")
			.execute()
			.errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
			.verify();
		as("analyst")
			.document("mutation { updateAlert(id: \"CORROBORATED_LEADS:CO-S8-HX\", status: CONFIRMED) { id } }")
			.execute()
			.errors()
			.expect((e) -> "NOT_FOUND".equals(e.getExtensions().get("code")))
			.verify();
	}

	@Test
	void anAlertIsAssignedToAUserWhoTriagesAndSeesItKeepsItAcrossRunsAndIsFilteredByAssignee() {
		String id = "CONFLICT_OF_INTEREST_CONTRACT:CT-S6-1";
		String run = "mutation { runRedFlags(" + AS_OF
				+ ", rules: [\"CONFLICT_OF_INTEREST_CONTRACT\", \"CORROBORATED_LEADS\"]) { hits created updated } }";
		int hits = this.graphQl.document(run).execute().path("runRedFlags.hits").entity(Integer.class).get();
		String analyst = this.p + "analyst";
		this.graphQl.document(assign(id, "\"" + analyst + "\""))
			.execute()
			.path("assignAlert.status")
			.entity(String.class)
			.isEqualTo("ASSIGNED")
			.path("assignAlert.assignee")
			.entity(String.class)
			.isEqualTo(analyst);
		assertThat(alertIds("assignee: \"" + analyst + "\"")).containsExactly(id);
		assertThat(alertIds("status: ASSIGNED, rule: \"CONFLICT_OF_INTEREST_CONTRACT\", assignee: \"" + analyst + "\""))
			.containsExactly(id);
		assertThat(alertIds("status: OPEN, rule: \"CONFLICT_OF_INTEREST_CONTRACT\"")).doesNotContain(id).isNotEmpty();
		assertThat(alertIds("assignee: \"nobody-at-all\"")).isEmpty();
		// The assignee is theirs to see: the analyst finds the alerts given to them.
		assertThat(as("analyst").document("{ alerts(assignee: \"" + analyst + "\") { id } }")
			.execute()
			.path("alerts[*].id")
			.entityList(String.class)
			.get()).containsExactly(id);

		// Triage and assignment are independent; a re-run duplicates nothing and keeps
		// both.
		this.graphQl.document("mutation { updateAlert(id: \"" + id + "\", status: CONFIRMED) { status assignee } }")
			.execute()
			.path("updateAlert.assignee")
			.entity(String.class)
			.isEqualTo(analyst);
		this.graphQl.document(run).execute().path("runRedFlags.created").entity(Integer.class).isEqualTo(0);
		assertThat(TestData.count(this.cypher,
				"MATCH (a:__Alert) WHERE a.rule IN ['CONFLICT_OF_INTEREST_CONTRACT', 'CORROBORATED_LEADS'] RETURN count(a)",
				Map.of()))
			.isEqualTo(hits);
		this.graphQl.document("{ alerts(assignee: \"" + analyst + "\") { id status assignee } }")
			.execute()
			.path("alerts[0].status")
			.entity(String.class)
			.isEqualTo("CONFIRMED");

		// Only a user who triages alerts and may see this one can be given it.
		refusedAlert(assign(id, "\"" + this.p + "discipline\""), "assignee");
		refusedAlert(assign(id, "\"no-such-user\""), "assignee");
		refusedAlert(assign("CORROBORATED_LEADS:CO-S8-HX", "\"" + analyst + "\""), "assignee");
		refusedAlert("mutation { updateAlert(id: \"CORROBORATED_LEADS:CO-S8-HX\", status: ASSIGNED) { id } }",
				"assignee");

		this.graphQl.document(assign(id, "null"))
			.execute()
			.path("assignAlert.assignee")
			.valueIsNull()
			.path("assignAlert.status")
			.entity(String.class)
			.isEqualTo("CONFIRMED");
		assertThat(alertIds("assignee: \"" + analyst + "\"")).isEmpty();
	}

	static String assign(String id, String assignee) {
		return "mutation { assignAlert(id: \"" + id + "\", assignee: " + assignee + ") { id status assignee } }";
	}

	void refusedAlert(String mutation, String field) {
		this.graphQl.document(mutation)
			.execute()
			.errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getExtensions().get("code"))
					&& field.equals(e.getExtensions().get("field")))
			.verify();
	}

	List<String> alertIds(String filter) {
		return this.graphQl.document("{ alerts(" + filter + ", first: 200) { id } }")
			.execute()
			.path("alerts[*].id")
			.entityList(String.class)
			.get();
	}

	static List<Map<String, Object>> hits(HttpGraphQlTester tester, String args) {
		return tester.document("{ redFlags(" + args + ") { " + RedFlagSampleIT.HITS + " } }")
			.execute()
			.path("redFlags")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
	}

	static Set<String> subjects(List<Map<String, Object>> hits) {
		Set<String> subjects = new TreeSet<>();
		hits.forEach((hit) -> subjects.add(hit.get("rule") + "/" + hit.get("subject")));
		return subjects;
	}

}
