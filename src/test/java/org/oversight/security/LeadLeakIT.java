package org.oversight.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.GraphTest;
import org.oversight.audit.AuditLog;
import org.oversight.ingest.Importer;
import org.oversight.lead.JointInspection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routes of joint inspection and clue handling, attacked by each role: the shared
 * lead space, shares, history, cases opened through the lifecycle, corroboration and the
 * mutations themselves reveal no lead or case a user may not see.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadLeakIT {

	static final List<String> SENSITIVE = List.of("L-C", "L-A", "L-A2", "L-B", "L-X", "L-X2", "K-X");

	@Autowired
	WebTestClient client;

	@Autowired
	Importer importer;

	@Autowired
	UserService users;

	@Autowired
	AuditLog audit;

	@Autowired
	HttpGraphQlTester admin;

	JointInspection f;

	/** Who sees which leads and cases. */
	final Map<String, Set<String>> visible = new HashMap<>();

	@BeforeAll
	void load() {
		this.f = new JointInspection(this.importer, this.users, this.client);
		// L-X (team TX, outside the joint inspection) goes to the city discipline
		// commission and becomes case K-X against 王某某; L-A2 is shared with TX.
		for (String mutation : List.of(
				"transitionLead(leadId: \"$L-X\", to: TRANSFER_PROPOSED, reason: \"移交\", transferTo: \"$CITY-JW\") { id }",
				"transitionLead(leadId: \"$L-X\", to: TRANSFERRED, reason: \"批准移交\") { id }",
				"transitionLead(leadId: \"$L-X\", to: PRELIMINARY_VERIFICATION, reason: \"初核\") { id }",
				"openCase(input: {leadId: \"$L-X\", caseId: \"$K-X\", reason: \"立案\", subjectIds: [\"$P-WANG\"], responsibleLeaderIds: [\"$P-ZHANG\"]}) { id }",
				"recordSanction(input: {caseId: \"$K-X\", sanctionId: \"$S-X\", personId: \"$P-WANG\", type: PARTY_WARNING, date: \"2021-10-01\", reason: \"警告\"}) { id }",
				"shareLead(leadId: \"$L-A2\", teamId: \"$TX\", note: \"共享给常规组\")")) {
			this.admin.document(this.f.doc("mutation { " + mutation + " }")).execute().errors().verify();
		}
		Set<String> joint = Set.of("L-C", "L-A", "L-A2", "L-B");
		this.visible.put("a-member", joint);
		this.visible.put("city-leader", joint);
		this.visible.put("a-expired", joint);
		this.visible.put("x-leader", Set.of("L-X", "L-X2", "L-A2", "K-X"));
		this.visible.put("analyst", Set.of());
		this.visible.put("leader-b", Set.of("L-B"));
		this.visible.put("discipline-a", Set.of());
		this.visible.put("discipline-city", Set.of("L-X", "K-X"));
	}

	@Test
	void directLookupsAliasesAndFragmentsShowOnlyWhatTheRoleAllows() {
		this.visible.forEach((user, sees) -> {
			for (String id : SENSITIVE) {
				var response = this.f.as(user).document(this.f.doc("""
						{ a: node(id: "$%1$s") { id ...lead ...kase } b: entity(id: "$%1$s") { name }
						  c: nodes(ids: ["$%1$s"]) { id ...lead } }
						fragment lead on Lead { history { reason by } sharedWith { team { id } note } nextStatuses
						  cases { id responsibilityExamined { id } } }
						fragment kase on Case { lead { id history { reason } } responsibilityExamined { id }
						  sanctions { id } }""".formatted(id))).execute();
				if (sees.contains(id)) {
					response.path("a.id").entity(String.class).isEqualTo(this.f.p + id);
				}
				else {
					response.path("a").valueIsNull().path("b").valueIsNull().path("c[0]").valueIsNull();
				}
			}
		});
	}

	@Test
	void theLeadListAndItsCountHoldOnlyTheVisibleAndNestedFieldsStopAtHiddenOnes() {
		this.visible.forEach((user, sees) -> {
			var response = this.f.as(user).document(this.f.doc("""
					{ leads(first: 200) { totalCount edges { node { id } } }
					  cases(filter: {ids: ["$K-X"]}) { totalCount nodes { id } }
					  wang: node(id: "$P-WANG") { ... on Person { implicatedIn { source { id } }
					      sanctions { id case { id lead { id history { reason } } } } } }
					  zhang: node(id: "$P-ZHANG") { ... on Person { implicatedIn { source { id } } } } }""")).execute();
			List<String> leads = new ArrayList<>(response.path("leads.edges[*].node.id")
				.entityList(String.class)
				.get()
				.stream()
				.filter((id) -> id.startsWith(this.f.p))
				.map((id) -> id.substring(this.f.p.length()))
				.toList());
			List<String> expected = sees.stream().filter((id) -> id.startsWith("L-")).toList();
			assertThat(leads).as(user).containsExactlyInAnyOrderElementsOf(expected);
			response.path("leads.totalCount").entity(Integer.class).isEqualTo(expected.size());
			response.path("cases.totalCount").entity(Integer.class).isEqualTo(sees.contains("K-X") ? 1 : 0);
			List<String> implicated = new ArrayList<>();
			implicated.addAll(response.path("wang.implicatedIn[*].source.id").entityList(String.class).get());
			implicated.addAll(response.path("zhang.implicatedIn[*].source.id").entityList(String.class).get());
			assertThat(implicated).as(user).allMatch((id) -> sees.contains(id.substring(this.f.p.length())));
			if (sees.contains("K-X")) {
				response.path("wang.sanctions[0].case.lead.history[0].reason").entity(String.class).isEqualTo("移交");
			}
			else {
				response.path("wang.sanctions[0].case").valueIsNull();
			}
		});
	}

	@Test
	void corroborationsOfAHiddenLeadAreAsUnknownAsThoseOfNoLeadAndLinkOnlyVisibleOnes() {
		this.visible.forEach((user, sees) -> {
			for (String id : SENSITIVE.stream().filter((l) -> l.startsWith("L-")).toList()) {
				var response = this.f.as(user)
					.document(this.f.doc("{ corroborations(leadId: \"$" + id
							+ "\") { linked { lead { id } path { nodes { id } } } } }"))
					.execute();
				if (sees.contains(id)) {
					List<String> nodes = response.path("corroborations.linked[*].path.nodes[*].id")
						.entityList(String.class)
						.get();
					assertThat(nodes).as(user + " " + id)
						.filteredOn((n) -> n.startsWith(this.f.p + "L-") || n.startsWith(this.f.p + "K-"))
						.allMatch((n) -> sees.contains(n.substring(this.f.p.length())));
				}
				else {
					response.errors()
						.satisfy((errors) -> assertThat(errors.get(0).getMessage())
							.isEqualTo("No lead with id '" + this.f.p + id + "'"));
				}
			}
		});
	}

	@Test
	void mutationsOnAHiddenLeadOrCaseAnswerAsForOneThatDoesNotExist() {
		List<String> mutations = List.of("shareLead(leadId: \"$%s\", teamId: \"$TB\")",
				"revokeLeadShare(leadId: \"$%s\", teamId: \"$TX\")",
				"transitionLead(leadId: \"$%s\", to: TRANSFER_PROPOSED, reason: \"探测\", transferTo: \"$A-JW\") { id }",
				"transitionLead(leadId: \"$%s\", to: TRANSFERRED, reason: \"探测\") { id }",
				"openCase(input: {leadId: \"$%s\", caseId: \"$K-PROBE\", reason: \"探测\"}) { id }");
		for (String user : List.of("analyst", "x-leader", "discipline-a", "leader-b", "a-member")) {
			for (String mutation : mutations) {
				for (String id : List.of("L-C", "L-B", "L-X2")) {
					if (this.visible.get(user).contains(id)) {
						continue;
					}
					String hidden = message(user, mutation.formatted(id)).replace(id, "?");
					String unknown = message(user, mutation.formatted("L-NOPE")).replace("L-NOPE", "?");
					assertThat(hidden).as(user + " " + mutation).isEqualTo(unknown);
				}
			}
			if (!this.visible.get(user).contains("K-X")) {
				String sanction = "recordSanction(input: {caseId: \"$%s\", sanctionId: \"$S-PROBE\", personId: "
						+ "\"$P-WANG\", type: PARTY_WARNING, date: \"2021-10-01\", reason: \"探测\"}) { id }";
				assertThat(message(user, sanction.formatted("K-X")).replace("K-X", "?"))
					.isEqualTo(message(user, sanction.formatted("K-NOPE")).replace("K-NOPE", "?"));
			}
		}
		this.admin.document(this.f.doc("{ node(id: \"$K-PROBE\") { id } s: node(id: \"$S-PROBE\") { id } }"))
			.execute()
			.path("node")
			.valueIsNull()
			.path("s")
			.valueIsNull();
	}

	@Test
	void searchFindsNoLeadAndReadsOfLeadsAreAudited() {
		this.visible.keySet().forEach((user) -> {
			var kinds = this.f.as(user)
				.document("{ search(text: \"线索\", first: 200) { entity { kind } } }")
				.execute()
				.path("search[*].entity.kind")
				.entityList(String.class)
				.get();
			assertThat(kinds).doesNotContain("Lead", "Case");
		});
		this.f.as("x-leader")
			.document(this.f.doc("{ node(id: \"$L-A2\") { ... on Lead { history { reason } } } }"))
			.execute()
			.path("node")
			.hasValue();
		assertThat(this.audit.find(this.f.p + "x-leader", "read", this.f.p + "L-A2", null, null, 10)).isNotEmpty();
	}

	private String message(String user, String mutation) {
		List<String> out = new ArrayList<>();
		this.f.as(user).document(this.f.doc("mutation { " + mutation + " }")).execute().errors().satisfy((errors) -> {
			assertThat(errors).as(user + " " + mutation).hasSize(1);
			out.add(errors.get(0).getExtensions().get("code") + " " + errors.get(0).getExtensions().get("field") + " "
					+ errors.get(0).getMessage());
		});
		return out.get(0).replace(this.f.p, "");
	}

}
