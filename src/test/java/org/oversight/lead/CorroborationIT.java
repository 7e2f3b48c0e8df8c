package org.oversight.lead;

import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.GraphTest;
import org.oversight.ingest.Importer;
import org.oversight.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corroboration (互相印证): exactly the leads of other teams that touch the same entity or
 * one within two hops are linked, ranked, with the connecting path; what a user may not
 * see takes no part, not even as a count.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorroborationIT {

	static final String QUERY = """
			{ corroborations(leadId: "$%s") { leadId
			    linked { lead { id } score distance acrossCommittees connections path { nodes { id } edges { type from to } } } } }""";

	@Autowired
	WebTestClient client;

	@Autowired
	Importer importer;

	@Autowired
	UserService users;

	@Autowired
	HttpGraphQlTester admin;

	JointInspection f;

	@BeforeAll
	void load() {
		this.f = new JointInspection(this.importer, this.users, this.client);
		// 张某 — wife 李某 — her sibling P-NEAR (two hops) — his sibling P-FAR (three hops).
		for (String mutation : List.of("createPerson(input: {id: \"$P-NEAR\", name: \"近亲某\"}) { id }",
				"createPerson(input: {id: \"$P-FAR\", name: \"远亲某\"}) { id }",
				"link(input: {kind: RELATION, from: \"$P-LI\", to: \"$P-NEAR\", values: [{field: \"relation\", value: \"SIBLING\"}]}) { changed }",
				"link(input: {kind: RELATION, from: \"$P-NEAR\", to: \"$P-FAR\", values: [{field: \"relation\", value: \"SIBLING\"}]}) { changed }",
				"postLead(input: {id: \"$L-NEAR\", teamId: \"$TB\", source: PETITION, summary: \"近亲线索\", implicates: [{entityId: \"$P-NEAR\", role: SUBJECT}]}) { id }",
				"postLead(input: {id: \"$L-FAR\", teamId: \"$TB\", source: PETITION, summary: \"远亲线索\", implicates: [{entityId: \"$P-FAR\", role: SUBJECT}]}) { id }")) {
			this.admin.document(this.f.doc("mutation { " + mutation + " }")).execute().errors().verify();
		}
	}

	private GraphQlTester.Response corroborations(HttpGraphQlTester tester, String lead) {
		return tester.document(this.f.doc(QUERY.formatted(lead))).execute();
	}

	private List<String> strip(List<String> ids) {
		return ids.stream().map((id) -> id.substring(this.f.p.length())).toList();
	}

	@Test
	void exactlyTheLeadsOfOtherTeamsOnTheSameEntityOrWithinTwoHopsAreLinkedAndRanked() {
		var response = corroborations(this.admin, "L-A");
		// L-A2 is the same team's; L-X (王某某) and L-FAR (three hops) are not near.
		assertThat(strip(response.path("corroborations.linked[*].lead.id").entityList(String.class).get()))
			.containsExactly("L-C", "L-X2", "L-B", "L-NEAR");
		assertThat(response.path("corroborations.linked[*].distance").entityList(Integer.class).get())
			.containsExactly(0, 0, 2, 2);
		List<Double> scores = response.path("corroborations.linked[*].score").entityList(Double.class).get();
		assertThat(scores.get(0)).isCloseTo(1.5, Offset.offset(1e-9));
		assertThat(scores.get(2)).isCloseTo(0.5, Offset.offset(1e-9));
		response.path("corroborations.linked[0].acrossCommittees").entity(Boolean.class).isEqualTo(true);
		// The path shows both leads, what they implicate and how the entities connect.
		List<String> nodes = strip(
				response.path("corroborations.linked[3].path.nodes[*].id").entityList(String.class).get());
		assertThat(nodes).containsExactlyInAnyOrder("L-A", "P-ZHANG", "P-LI", "P-NEAR", "L-NEAR");
		assertThat(response.path("corroborations.linked[3].path.edges[*].type").entityList(String.class).get())
			.containsExactlyInAnyOrder("IMPLICATES", "RELATED_TO", "RELATED_TO", "IMPLICATES");
		assertThat(strip(response.path("corroborations.linked[2].path.nodes[*].id").entityList(String.class).get()))
			.contains("L-A", "P-ZHANG", "C-ROAD", "L-B")
			.hasSize(5);
	}

	@Test
	void theLinkIsShownToBothTeams() {
		assertThat(strip(corroborations(this.f.as("city-leader"), "L-C").path("corroborations.linked[*].lead.id")
			.entityList(String.class)
			.get())).containsExactly("L-A", "L-A2", "L-B", "L-NEAR");
		assertThat(strip(corroborations(this.f.as("a-member"), "L-A").path("corroborations.linked[*].lead.id")
			.entityList(String.class)
			.get())).containsExactly("L-C", "L-B", "L-NEAR");
	}

	@Test
	void hiddenLeadsTakeNoPartNotEvenAsACount() {
		// L-X2 implicates the same person as leads of the joint inspection that x-leader
		// may not see: the answer is that of a lead nobody else points at.
		corroborations(this.f.as("x-leader"), "L-X2").path("corroborations.linked").entityList(Object.class).hasSize(0);
		// Nothing of a hidden lead's id, summary or path appears anywhere in the answer.
		String body = this.f.as("x-leader")
			.document(this.f.doc(QUERY.formatted("L-X2")))
			.execute()
			.path("corroborations")
			.entity(Object.class)
			.get()
			.toString();
		for (String hidden : List.of("L-A", "L-C", "L-B", "L-NEAR", "P-LI")) {
			assertThat(body).doesNotContain(this.f.p + hidden);
		}
	}

	@Test
	void aLeadTheCallerMayNotSeeIsAsUnknownAsOneThatDoesNotExist() {
		for (String user : List.of("analyst", "x-leader", "discipline-a", "leader-b")) {
			List<String> messages = new java.util.ArrayList<>();
			for (String lead : List.of("L-A", "L-NOPE")) {
				corroborations(this.f.as(user), lead).errors().satisfy((errors) -> {
					assertThat(errors).hasSize(1);
					assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND");
					messages.add(errors.get(0).getMessage().replace(lead, "?"));
				});
			}
			assertThat(messages.get(0)).isEqualTo(messages.get(1));
		}
	}

}
