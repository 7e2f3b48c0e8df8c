package org.oversight.lead;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.audit.AuditLog;
import org.oversight.graph.Cypher;
import org.oversight.ingest.Importer;
import org.oversight.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared lead space of a joint inspection, and explicit shares with teams outside it:
 * who sees what, who may share, and that a share can be revoked and is audited.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadSharingIT {

	@Autowired
	WebTestClient client;

	@Autowired
	Importer importer;

	@Autowired
	UserService users;

	@Autowired
	Cypher cypher;

	@Autowired
	AuditLog audit;

	JointInspection f;

	@BeforeAll
	void load() {
		this.f = new JointInspection(this.importer, this.users, this.client);
	}

	private List<String> leadsOf(String user) {
		var response = this.f.as(user).document("{ leads(first: 200) { totalCount edges { node { id } } } }").execute();
		List<String> ids = response.path("leads.edges[*].node.id")
			.entityList(String.class)
			.get()
			.stream()
			.filter((id) -> id.startsWith(this.f.p))
			.map((id) -> id.substring(this.f.p.length()))
			.sorted()
			.toList();
		response.path("leads.totalCount").entity(Integer.class).satisfies((n) -> assertThat(n).isEqualTo(ids.size()));
		return ids;
	}

	@Test
	void teamsOfAJointInspectionSeeEachOthersLeadsAndNobodyElseDoes() {
		// A county member sees the city team's and the other county's leads through the
		// city round; a team outside the joint inspection sees only its own.
		assertThat(leadsOf("a-member")).containsExactly("L-A", "L-A2", "L-B", "L-C");
		assertThat(leadsOf("city-leader")).containsExactly("L-A", "L-A2", "L-B", "L-C");
		assertThat(leadsOf("x-leader")).containsExactly("L-X", "L-X2");
		assertThat(leadsOf("analyst")).isEmpty();
		// Leadership of 北岭县委 sees its own committee's leads only: joint space is for
		// teams.
		assertThat(leadsOf("leader-b")).containsExactly("L-B");
		// An expired authorization keeps the team's archive readable.
		assertThat(leadsOf("a-expired")).containsExactly("L-A", "L-A2", "L-B", "L-C");
	}

	@Test
	void aShareMakesTheLeadVisibleToTheTeamUntilRevokedAndBothAreAudited() {
		String share = "mutation { shareLead(leadId: \"$L-X\", teamId: \"$TA\", note: \"请核查王某某\") }";
		this.f.as("x-leader")
			.document(this.f.doc(share))
			.execute()
			.path("shareLead")
			.entity(Boolean.class)
			.isEqualTo(true);
		assertThat(leadsOf("a-member")).contains("L-X").doesNotContain("L-X2");
		// The joint partners of the team shared with do not get it: a share is with one
		// team.
		assertThat(leadsOf("city-leader")).doesNotContain("L-X");
		this.f.as("a-member")
			.document(this.f.doc("{ node(id: \"$L-X\") { ... on Lead { sharedWith { team { id } note by } } } }"))
			.execute()
			.path("node.sharedWith[0].team.id")
			.entity(String.class)
			.isEqualTo(this.f.p + "TA")
			.path("node.sharedWith[0].by")
			.entity(String.class)
			.isEqualTo(this.f.p + "x-leader");
		// Sharing again is idempotent.
		this.f.as("x-leader")
			.document(this.f.doc(share))
			.execute()
			.path("shareLead")
			.entity(Boolean.class)
			.isEqualTo(true);
		assertThat(shares("L-X")).isOne();

		String revoke = "mutation { revokeLeadShare(leadId: \"$L-X\", teamId: \"$TA\") }";
		this.f.as("x-leader")
			.document(this.f.doc(revoke))
			.execute()
			.path("revokeLeadShare")
			.entity(Boolean.class)
			.isEqualTo(true);
		assertThat(leadsOf("a-member")).doesNotContain("L-X");
		this.f.as("x-leader")
			.document(this.f.doc(revoke))
			.execute()
			.path("revokeLeadShare")
			.entity(Boolean.class)
			.isEqualTo(false);
		assertThat(this.audit.find(this.f.p + "x-leader", "shareLead", this.f.p + "L-X", null, null, 10)).hasSize(2)
			.allSatisfy((r) -> assertThat(r.outcome()).isEqualTo("ok"))
			.allSatisfy((r) -> assertThat(r.entities()).contains(this.f.p + "TA"));
		assertThat(this.audit.find(this.f.p + "x-leader", "revokeLeadShare", this.f.p + "L-X", null, null, 10))
			.hasSize(2);
	}

	@Test
	void onlyTheAuthorizedLeaderOfTheOwningTeamOrAnAdministratorMayShare() {
		String shareA = "mutation { shareLead(leadId: \"$L-A\", teamId: \"$TX\") }";
		for (String user : List.of("a-member", "a-expired", "city-leader", "discipline-a", "analyst", "leader-b")) {
			this.f.as(user)
				.document(this.f.doc(shareA))
				.execute()
				.errors()
				.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
				.verify();
		}
		assertThat(shares("L-A")).isZero();
		this.f.as("a-leader")
			.document(this.f.doc(shareA))
			.execute()
			.path("shareLead")
			.entity(Boolean.class)
			.isEqualTo(true);
		assertThat(leadsOf("x-leader")).contains("L-A");
		// An administrator may revoke what a leader shared.
		org.oversight.TestGraphQl
			.as(this.client, org.oversight.TestGraphQl.ADMIN, org.oversight.TestGraphQl.ADMIN_PASSWORD)
			.document(this.f.doc("mutation { revokeLeadShare(leadId: \"$L-A\", teamId: \"$TX\") }"))
			.execute()
			.path("revokeLeadShare")
			.entity(Boolean.class)
			.isEqualTo(true);
		assertThat(leadsOf("x-leader")).doesNotContain("L-A");
	}

	@Test
	void unknownAndInvisibleLeadsGiveTheSameNotFoundAndBadInputChangesNothing() {
		long before = shares("L-X") + shares("L-A") + shares("L-C");
		String hidden = error("a-leader", "mutation { shareLead(leadId: \"$L-X\", teamId: \"$TA\") }");
		String unknown = error("a-leader", "mutation { shareLead(leadId: \"$L-NOPE\", teamId: \"$TA\") }");
		assertThat(hidden).isEqualTo("NOT_FOUND leadId No lead with id '" + this.f.p + "L-X'");
		assertThat(unknown).isEqualTo("NOT_FOUND leadId No lead with id '" + this.f.p + "L-NOPE'");
		assertThat(error("a-leader", "mutation { revokeLeadShare(leadId: \"$L-X\", teamId: \"$TA\") }"))
			.startsWith("NOT_FOUND leadId");
		assertThat(error("a-leader", "mutation { shareLead(leadId: \"$L-A\", teamId: \"$T-NOPE\") }"))
			.isEqualTo("NOT_FOUND teamId No InspectionTeam with id '" + this.f.p + "T-NOPE'");
		assertThat(error("a-leader", "mutation { shareLead(leadId: \"$L-A\", teamId: \"$TA\") }"))
			.startsWith("BAD_REQUEST teamId");
		assertThat(error("a-leader",
				"mutation { shareLead(leadId: \"$L-A\", teamId: \"$TX\", note: \"" + "长".repeat(2001) + "\") }"))
			.startsWith("BAD_REQUEST note");
		assertThat(shares("L-X") + shares("L-A") + shares("L-C")).isEqualTo(before);
	}

	private String error(String user, String mutation) {
		StringBuilder text = new StringBuilder();
		this.f.as(user).document(this.f.doc(mutation)).execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			var e = errors.get(0);
			text.append(e.getExtensions().get("code"))
				.append(' ')
				.append(e.getExtensions().get("field"))
				.append(' ')
				.append(e.getMessage());
		});
		return text.toString();
	}

	private long shares(String lead) {
		return TestData.count(this.cypher, "MATCH (:Lead {id: $id})-[s:SHARED_WITH]->() RETURN count(s)",
				Map.of("id", this.f.p + lead));
	}

}
