package org.oversight.lead;

import java.util.EnumMap;
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
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clue lifecycle through GraphQL: every transition the table does not list is refused
 * with the allowed next states and changes nothing; the valid path from clue to sanction
 * is taken by the right people and recorded with who, when and why; the history is as
 * hidden as the lead.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadLifecycleIT {

	/** The lifecycle, written out independently of {@link LeadLifecycle}. */
	static final Map<LeadStatus, List<String>> NEXT = new EnumMap<>(Map.of(LeadStatus.OPEN, List.of("TRANSFERRED"),
			LeadStatus.TRANSFERRED, List.of("TRANSFERRED", "UNDER_VERIFICATION", "SHELVED", "CLOSED"),
			LeadStatus.UNDER_VERIFICATION, List.of("CASE_OPENED", "SHELVED", "CLOSED"), LeadStatus.SHELVED,
			List.of("UNDER_VERIFICATION", "CLOSED"), LeadStatus.CASE_OPENED, List.of("CLOSED"), LeadStatus.CLOSED,
			List.of()));

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

	@Autowired
	HttpGraphQlTester admin;

	JointInspection f;

	@BeforeAll
	void load() {
		this.f = new JointInspection(this.importer, this.users, this.client);
		for (LeadStatus status : LeadStatus.values()) {
			this.admin.document(this.f.doc("""
					mutation { createLead(input: {id: "$S-%s", teamId: "$TA", leadSource: INSPECTION, status: %s,
					  createdDate: "2021-04-01", transferredTo: "$A-JW"}) { id } }""".formatted(status, status)))
				.execute()
				.errors()
				.verify();
		}
	}

	@Test
	void everyTransitionTheLifecycleDoesNotListIsRefusedWithTheAllowedNextStates() {
		assertThat(LeadLifecycle.values()).allSatisfy((t) -> assertThat(NEXT.get(t.from())).contains(t.to().name()));
		int refused = 0;
		for (LeadStatus from : LeadStatus.values()) {
			for (LeadStatus to : LeadStatus.values()) {
				if (NEXT.get(from).contains(to.name())) {
					continue;
				}
				this.admin
					.document(this.f.doc("mutation { transitionLead(leadId: \"$S-%s\", to: %s, reason: \"试\") { id } }"
						.formatted(from, to)))
					.execute()
					.errors()
					.satisfy((errors) -> {
						assertThat(errors).hasSize(1);
						var e = errors.get(0);
						assertThat(e.getExtensions()).containsEntry("code", "INVALID_TRANSITION")
							.containsEntry("field", "to")
							.containsEntry("from", from.name())
							.containsEntry("allowed", NEXT.get(from));
						assertThat(e.getMessage()).contains(from.name()).contains(to.name());
					});
				refused++;
			}
		}
		assertThat(refused).isEqualTo(36 - 11);
		for (LeadStatus status : LeadStatus.values()) {
			assertThat(status("S-" + status)).isEqualTo(status.name());
		}
		assertThat(
				TestData.count(this.cypher, "MATCH (t:__LeadTransition) WHERE t.leadId STARTS WITH $p RETURN count(t)",
						Map.of("p", this.f.p + "S-")))
			.isZero();
		// Into CASE_OPENED only openCase leads, and openCase only from
		// UNDER_VERIFICATION.
		expectError(this.admin, "mutation { transitionLead(leadId: \"$S-UNDER_VERIFICATION\", to: CASE_OPENED, "
				+ "reason: \"试\") { id } }", "BAD_REQUEST", "to");
		expectError(this.admin,
				"mutation { openCase(input: {leadId: \"$S-TRANSFERRED\", caseId: \"$K-NO\", reason: \"试\"}) { id } }",
				"INVALID_TRANSITION", "to");
		assertThat(status("S-UNDER_VERIFICATION")).isEqualTo("UNDER_VERIFICATION");
		assertThat(TestData.count(this.cypher, "MATCH (k:Case {id: $id}) RETURN count(k)",
				Map.of("id", this.f.p + "K-NO")))
			.isZero();
	}

	@Test
	void aClueGoesFromTransferToSanctionTakenByTheRightPeopleAndEveryStepIsRecorded() {
		String transfer = """
				mutation { transitionLead(leadId: "$L-A", to: TRANSFERRED, reason: "边巡边移", transferTo: "$A-JW",
				  greenChannel: true) { id status transferredTo { id } greenChannel } }""";
		expectError(this.f.as("discipline-a"), transfer, "NOT_FOUND", "leadId");
		expectError(this.f.as("a-member"), transfer, "FORBIDDEN", "to");
		expectError(this.f.as("a-expired"), transfer, "FORBIDDEN", "to");
		expectError(this.f.as("a-leader"), transfer.replace("$A-JW", "$NO-ORG"), "NOT_FOUND", "transferTo");
		expectError(this.f.as("a-leader"), transfer.replace("边巡边移", " "), "BAD_REQUEST", "reason");
		assertThat(status("L-A")).isEqualTo("OPEN");
		this.f.as("a-leader")
			.document(this.f.doc(transfer))
			.execute()
			.path("transitionLead.status")
			.entity(String.class)
			.isEqualTo("TRANSFERRED")
			.path("transitionLead.transferredTo.id")
			.entity(String.class)
			.isEqualTo(this.f.p + "A-JW")
			.path("transitionLead.greenChannel")
			.entity(Boolean.class)
			.isEqualTo(true);

		String verify = "mutation { transitionLead(leadId: \"$L-A\", to: UNDER_VERIFICATION, reason: \"初核\"%s) "
				+ "{ status disposal } }";
		expectError(this.f.as("a-leader"), verify.formatted(", disposal: PRELIMINARY_VERIFICATION"), "FORBIDDEN", "to");
		expectError(this.f.as("discipline-city"), verify.formatted(", disposal: PRELIMINARY_VERIFICATION"), "NOT_FOUND",
				"leadId");
		expectError(this.f.as("discipline-a"), verify.formatted(""), "BAD_REQUEST", "disposal");
		this.f.as("discipline-a")
			.document(this.f.doc(verify.formatted(", disposal: PRELIMINARY_VERIFICATION")))
			.execute()
			.path("transitionLead.disposal")
			.entity(String.class)
			.isEqualTo("PRELIMINARY_VERIFICATION");

		String open = """
				mutation { openCase(input: {leadId: "$L-A", caseId: "$K-A", reason: "立案审查", subjectIds: ["%s"],
				  responsibleLeaderIds: ["$P-WANG"]}) { id status handledBy { id } subjects { id }
				  responsibilityExamined { id } lead { status } } }""";
		expectError(this.f.as("discipline-a"), open.formatted("$P-NOBODY"), "NOT_FOUND", "subjectIds");
		assertThat(status("L-A")).isEqualTo("UNDER_VERIFICATION");
		this.f.as("discipline-a")
			.document(this.f.doc(open.formatted("$P-ZHANG")))
			.execute()
			.path("openCase.handledBy.id")
			.entity(String.class)
			.isEqualTo(this.f.p + "A-JW")
			.path("openCase.subjects[0].id")
			.entity(String.class)
			.isEqualTo(this.f.p + "P-ZHANG")
			.path("openCase.responsibilityExamined[0].id")
			.entity(String.class)
			.isEqualTo(this.f.p + "P-WANG")
			.path("openCase.lead.status")
			.entity(String.class)
			.isEqualTo("CASE_OPENED");

		String sanction = """
				mutation { recordSanction(input: {caseId: "$K-A", sanctionId: "$S-ZHANG", personId: "$P-ZHANG",
				  type: SERIOUS_WARNING, date: "2021-09-01", reason: "严重警告处分"}) { id type case { id } } }""";
		expectError(this.f.as("a-leader"), sanction, "FORBIDDEN", "caseId");
		this.f.as("discipline-a")
			.document(this.f.doc(sanction))
			.execute()
			.path("recordSanction.case.id")
			.entity(String.class)
			.isEqualTo(this.f.p + "K-A");

		this.f.as("discipline-a")
			.document(this.f.doc("mutation { transitionLead(leadId: \"$L-A\", to: CLOSED, reason: \"结案\") "
					+ "{ status cases { status closedDate } } }"))
			.execute()
			.path("transitionLead.status")
			.entity(String.class)
			.isEqualTo("CLOSED")
			.path("transitionLead.cases[0].status")
			.entity(String.class)
			.isEqualTo("CLOSED");
		expectError(this.f.as("discipline-a"), sanction.replace("$S-ZHANG", "$S-LATE"), "INVALID_TRANSITION", "caseId");

		var history = this.f.as("a-member")
			.document(this.f.doc("{ node(id: \"$L-A\") { ... on Lead { history { seq from to step stepZh by at "
					+ "reason disposal transferTo greenChannel caseId } } } }"))
			.execute();
		assertThat(history.path("node.history[*].step").entityList(String.class).get()).containsExactly("TRANSFER",
				"VERIFY", "OPEN_CASE", "CONCLUDE");
		assertThat(history.path("node.history[*].by").entityList(String.class).get()).containsExactly(
				this.f.p + "a-leader", this.f.p + "discipline-a", this.f.p + "discipline-a", this.f.p + "discipline-a");
		assertThat(history.path("node.history[*].reason").entityList(String.class).get()).containsExactly("边巡边移", "初核",
				"立案审查", "结案");
		assertThat(history.path("node.history[*].at").entityList(String.class).get())
			.allMatch((at) -> at.length() > 10);
		history.path("node.history[0].from")
			.entity(String.class)
			.isEqualTo("OPEN")
			.path("node.history[0].stepZh")
			.entity(String.class)
			.isEqualTo("移交")
			.path("node.history[0].transferTo")
			.entity(String.class)
			.isEqualTo(this.f.p + "A-JW")
			.path("node.history[0].greenChannel")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("node.history[1].disposal")
			.entity(String.class)
			.isEqualTo("PRELIMINARY_VERIFICATION")
			.path("node.history[2].caseId")
			.entity(String.class)
			.isEqualTo(this.f.p + "K-A");
		assertThat(this.audit.find(this.f.p + "discipline-a", "transitionLead", this.f.p + "L-A", null, null, 20))
			.isNotEmpty();
		assertThat(this.audit.find(this.f.p + "discipline-a", "openCase", this.f.p + "K-A", null, null, 20))
			.isNotEmpty();
	}

	@Test
	void theHistoryIsAsHiddenAsTheLead() {
		this.admin.document(this.f.doc("mutation { transitionLead(leadId: \"$L-A2\", to: TRANSFERRED, reason: \"移交\", "
				+ "transferTo: \"$A-JW\") { id } }"))
			.execute()
			.errors()
			.verify();
		for (String user : List.of("analyst", "x-leader", "discipline-city")) {
			this.f.as(user)
				.document(this.f.doc("{ node(id: \"$L-A2\") { ... on Lead { history { reason } } } "
						+ "leads(filter: {ids: [\"$L-A2\"]}) { totalCount } }"))
				.execute()
				.path("node")
				.valueIsNull()
				.path("leads.totalCount")
				.entity(Integer.class)
				.isEqualTo(0);
		}
		this.f.as("discipline-a")
			.document(this.f.doc("{ node(id: \"$L-A2\") { ... on Lead { history { reason by } nextStatuses } } }"))
			.execute()
			.path("node.history[0].reason")
			.entity(String.class)
			.isEqualTo("移交")
			.path("node.nextStatuses")
			.entityList(String.class)
			.containsExactly("TRANSFERRED", "UNDER_VERIFICATION", "SHELVED", "CLOSED");
	}

	private void expectError(HttpGraphQlTester tester, String mutation, String code, String field) {
		tester.document(this.f.doc(mutation)).execute().errors().satisfy((errors) -> {
			assertThat(errors).as(mutation).hasSize(1);
			assertThat(errors.get(0).getExtensions()).as(mutation)
				.containsEntry("code", code)
				.containsEntry("field", field);
		});
	}

	private String status(String lead) {
		return this.cypher
			.read("MATCH (l:Lead {id: $id}) RETURN l.status AS s", Map.of("id", this.f.p + lead),
					(r) -> r.get("s").asString())
			.get(0);
	}

}
