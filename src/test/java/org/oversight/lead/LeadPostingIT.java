package org.oversight.lead;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.graph.Cypher;
import org.oversight.ingest.Importer;
import org.oversight.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Teams post leads into their lead space: the joint inspection's teams see a new lead at
 * once, nobody else does, and only a currently authorized member may post for a team.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadPostingIT {

	@Autowired
	WebTestClient client;

	@Autowired
	Importer importer;

	@Autowired
	UserService users;

	@Autowired
	Cypher cypher;

	JointInspection f;

	@BeforeAll
	void load() {
		this.f = new JointInspection(this.importer, this.users, this.client);
	}

	String post(String id, String team) {
		return this.f.doc("""
				mutation { postLead(input: {id: "$%s", teamId: "$%s", source: INSPECTION, summary: "村干部优亲厚友",
				  implicates: [{entityId: "$P-ZHANG", role: SUBJECT}, {entityId: "$C-ROAD", role: BENEFICIARY}]})
				  { id status createdDate summary } }""".formatted(id, team));
	}

	@Test
	void aMemberPostsALeadThatTheJointInspectionSeesAndNobodyElse() {
		this.f.as("a-member")
			.document(post("L-NEW", "TA"))
			.execute()
			.path("postLead.status")
			.entity(String.class)
			.isEqualTo("OPEN");
		assertThat(TestData.count(this.cypher, "MATCH (:Lead {id: $id})-[r:IMPLICATES]->() RETURN count(r)",
				Map.of("id", this.f.p + "L-NEW")))
			.isEqualTo(2);
		for (String user : List.of("a-member", "a-leader", "city-leader")) {
			assertThat(this.f.as(user)
				.document(this.f.doc("{ leads(filter: {ids: [\"$L-NEW\"]}) { totalCount } }"))
				.execute()
				.path("leads.totalCount")
				.entity(Integer.class)
				.get()).as(user).isOne();
		}
		for (String user : List.of("x-leader", "analyst", "discipline-a")) {
			assertThat(this.f.as(user)
				.document(this.f.doc("{ leads(filter: {ids: [\"$L-NEW\"]}) { totalCount } }"))
				.execute()
				.path("leads.totalCount")
				.entity(Integer.class)
				.get()).as(user).isZero();
		}
	}

	@Test
	void onlyACurrentMemberOfTheTeamMayPostAndBadInputChangesNothing() {
		long before = TestData.count(this.cypher, "MATCH (l:Lead) RETURN count(l)", Map.of());
		// Not a member of TB; an expired authorization; an analyst.
		for (String user : List.of("a-member", "a-expired", "analyst")) {
			String team = user.equals("a-member") ? "TB" : "TA";
			this.f.as(user)
				.document(post("L-BAD-" + user, team))
				.execute()
				.errors()
				.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
				.verify();
		}
		this.f.as("a-leader")
			.document(post("L-A", "TA"))
			.execute()
			.errors()
			.expect((e) -> "CONFLICT".equals(e.getExtensions().get("code")))
			.verify();
		this.f.as("a-leader")
			.document(post("L-T", "NO-TEAM"))
			.execute()
			.errors()
			.expect((e) -> "NOT_FOUND".equals(e.getExtensions().get("code"))
					&& "teamId".equals(e.getExtensions().get("field")))
			.verify();
		// A lead the poster may not see cannot be pointed at: it answers like an unknown
		// id.
		this.f.as("x-leader")
			.document(this.f.doc("""
					mutation { postLead(input: {id: "$L-Y", teamId: "$TX", source: AUDIT, summary: "s",
					  implicates: [{entityId: "$L-A", role: EVIDENCE}]}) { id } }"""))
			.execute()
			.errors()
			.expect((e) -> "NOT_FOUND".equals(e.getExtensions().get("code"))
					&& "implicates".equals(e.getExtensions().get("field")))
			.verify();
		assertThat(TestData.count(this.cypher, "MATCH (l:Lead) RETURN count(l)", Map.of())).isEqualTo(before);
	}

}
