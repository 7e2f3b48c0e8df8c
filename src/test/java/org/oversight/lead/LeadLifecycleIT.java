package org.oversight.lead;

import java.util.EnumMap;
import java.util.HashMap;
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
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clue chain through GraphQL: every transition the table does not list is refused
 * with the allowed next states and changes nothing; the valid path from clue to sanction
 * (a transfer proposed by the team and approved by the leading group, an inquiry that
 * finds more and goes on to preliminary verification, 立案, 审查调查, 审理, 结案) is taken by the
 * right people and recorded with who, when and why; the history is as hidden as the lead.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadLifecycleIT {

	/** The lifecycle, written out independently of {@link LeadLifecycle}. */
	static final Map<LeadStatus, List<String>> NEXT = new EnumMap<>(LeadStatus.class);

	static {
		NEXT.put(LeadStatus.OPEN, List.of("TRANSFER_PROPOSED"));
		NEXT.put(LeadStatus.TRANSFER_PROPOSED, List.of("TRANSFERRED", "OPEN"));
		NEXT.put(LeadStatus.TRANSFERRED,
				List.of("TRANSFERRED", "TALK_INQUIRY", "PRELIMINARY_VERIFICATION", "SHELVED", "CLOSED"));
		NEXT.put(LeadStatus.TALK_INQUIRY, List.of("PRELIMINARY_VERIFICATION", "CLOSED"));
		NEXT.put(LeadStatus.PRELIMINARY_VERIFICATION, List.of("CASE_OPENED", "SHELVED", "CLOSED"));
		NEXT.put(LeadStatus.SHELVED, List.of("PRELIMINARY_VERIFICATION", "CLOSED"));
		NEXT.put(LeadStatus.CLOSED, List.of());
		NEXT.put(LeadStatus.CASE_OPENED, List.of("CASE_CONCLUDED"));
		NEXT.put(LeadStatus.CASE_CONCLUDED, List.of());
	}

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
		// Leads in every status, imported: there is no generic createLead any more.
		StringBuilder leads = new StringBuilder("id,team_id,source,status,created_date,transferred_to\n");
		for (LeadStatus status : LeadStatus.values()) {
			leads.append("$S-%s,$TA,INSPECTION,%s,2021-04-01,$A-JW\n".formatted(status, status));
		}
		Map<String, String> files = new HashMap<>();
		files.put("leads.csv", leads.toString());
		TestData.load(this.importer, this.f.p, files);
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
				transition(this.admin, "S-" + from, to.name(), null, null).errors().satisfy((errors) -> {
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
		assertThat(refused).isEqualTo(81 - 16);
		for (LeadStatus status : LeadStatus.values()) {
			assertThat(status("S-" + status)).isEqualTo(status.name());
		}
		assertThat(
				TestData.count(this.cypher, "MATCH (t:__LeadTransition) WHERE t.leadId STARTS WITH $p RETURN count(t)",
						Map.of("p", this.f.p + "S-")))
			.isZero();
		// Into CASE_OPENED only openCase leads, only from 初步核实 (not from 谈话函询); into
		// CASE_CONCLUDED only the case's conclusion.
		transition(this.admin, "S-PRELIMINARY_VERIFICATION", "CASE_OPENED", null, null).errors()
			.satisfy((e) -> assertThat(e.get(0).getExtensions()).containsEntry("code", "BAD_REQUEST"));
		transition(this.admin, "S-CASE_OPENED", "CASE_CONCLUDED", null, null).errors()
			.satisfy((e) -> assertThat(e.get(0).getExtensions()).containsEntry("code", "BAD_REQUEST"));
		expectError(openCase(this.admin, "S-TALK_INQUIRY", "K-NO", List.of(), List.of()), "INVALID_TRANSITION", "to");
		assertThat(TestData.count(this.cypher, "MATCH (k:Case {id: $id}) RETURN count(k)",
				Map.of("id", this.f.p + "K-NO")))
			.isZero();
		// 结案 and 予以了结 do not share a label.
		assertThat(LeadStatus.CASE_CONCLUDED.zh()).isEqualTo("已结案").isNotEqualTo(LeadStatus.CLOSED.zh());
		assertThat(LeadStatus.CLOSED.zh()).isEqualTo("予以了结");
	}

	@Test
	void aClueGoesFromTransferToSanctionTakenByTheRightPeopleAndEveryStepIsRecorded() {
		String lead = "L-A";
		String jw = this.f.p + "A-JW";
		expectError(transition(this.f.as("discipline-a"), lead, "TRANSFER_PROPOSED", jw, true), "NOT_FOUND", "leadId");
		expectError(transition(this.f.as("a-member"), lead, "TRANSFER_PROPOSED", jw, true), "FORBIDDEN", "to");
		expectError(transition(this.f.as("a-expired"), lead, "TRANSFER_PROPOSED", jw, true), "FORBIDDEN", "to");
		expectError(transition(this.f.as("a-leader"), lead, "TRANSFER_PROPOSED", this.f.p + "NO-ORG", true),
				"NOT_FOUND", "transferTo");
		assertThat(status(lead)).isEqualTo("OPEN");
		// 1. The team proposes the transfer; nothing is transferred yet.
		transition(this.f.as("a-leader"), lead, "TRANSFER_PROPOSED", jw, true).path("transitionLead.status")
			.entity(String.class)
			.isEqualTo("TRANSFER_PROPOSED")
			.path("transitionLead.transferredTo")
			.valueIsNull()
			.path("transitionLead.greenChannel")
			.entity(Boolean.class)
			.isEqualTo(true);
		// 2. The leading group of the committee whose round found it approves: only it.
		expectError(transition(this.f.as("a-leader"), lead, "TRANSFERRED", null, null), "FORBIDDEN", "to");
		expectError(transition(this.f.as("leader-b"), lead, "TRANSFERRED", null, null), "NOT_FOUND", "leadId");
		expectError(transition(this.f.as("leader-a"), lead, "TRANSFERRED", this.f.p + "CITY-JW", null), "BAD_REQUEST",
				"transferTo");
		transition(this.f.as("leader-a"), lead, "TRANSFERRED", null, null).path("transitionLead.transferredTo.id")
			.entity(String.class)
			.isEqualTo(jw);
		// 3. 谈话函询; it finds more: 初步核实. A case is opened only from 初步核实.
		expectError(transition(this.f.as("a-leader"), lead, "TALK_INQUIRY", null, null), "FORBIDDEN", "to");
		transition(this.f.as("discipline-a"), lead, "TALK_INQUIRY", null, null).path("transitionLead.disposalZh")
			.entity(String.class)
			.isEqualTo("谈话函询");
		expectError(openCase(this.f.as("discipline-a"), lead, "K-A", List.of("P-ZHANG"), List.of()),
				"INVALID_TRANSITION", "to");
		transition(this.f.as("discipline-a"), lead, "PRELIMINARY_VERIFICATION", null, null)
			.path("transitionLead.status")
			.entity(String.class)
			.isEqualTo("PRELIMINARY_VERIFICATION")
			.path("transitionLead.nextStatuses")
			.entityList(String.class)
			.containsExactly("CASE_OPENED", "SHELVED", "CLOSED");
		// 4. 立案, with 一案双查.
		expectError(openCase(this.f.as("discipline-a"), lead, "K-A", List.of("P-NOBODY"), List.of()), "NOT_FOUND",
				"subjectIds");
		openCase(this.f.as("discipline-a"), lead, "K-A", List.of("P-ZHANG"), List.of("P-WANG")).path("openCase.status")
			.entity(String.class)
			.isEqualTo("OPEN")
			.path("openCase.handledBy.id")
			.entity(String.class)
			.isEqualTo(jw)
			.path("openCase.responsibilityExamined[0].id")
			.entity(String.class)
			.isEqualTo(this.f.p + "P-WANG")
			.path("openCase.lead.status")
			.entity(String.class)
			.isEqualTo("CASE_OPENED")
			.path("openCase.nextStatuses")
			.entityList(String.class)
			.containsExactly("INVESTIGATION");
		// 5. Sanctions: a party and a government sanction are different codes and forms.
		expectError(sanction(this.f.as("a-leader"), "SAN-1", "PARTY_SERIOUS_WARNING"), "FORBIDDEN", "caseId");
		sanction(this.f.as("discipline-a"), "SAN-1", "PARTY_SERIOUS_WARNING").path("recordSanction.form")
			.entity(String.class)
			.isEqualTo("PARTY")
			.path("recordSanction.typeZh")
			.entity(String.class)
			.isEqualTo("党内严重警告");
		sanction(this.f.as("discipline-a"), "SAN-2", "GOV_WARNING").path("recordSanction.formZh")
			.entity(String.class)
			.isEqualTo("政务处分")
			.path("recordSanction.reason")
			.entity(String.class)
			.isEqualTo("处分决定");
		// 6. 审查调查 → 审理 → 结案, by the body handling the case; concluding it concludes the
		// lead.
		var refused = caseStep(this.f.as("discipline-a"), "CLOSED", null);
		refused.errors()
			.satisfy((e) -> assertThat(e.get(0).getExtensions()).containsEntry("code", "INVALID_TRANSITION")
				.containsEntry("allowed", List.of("INVESTIGATION")));
		expectError(caseStep(this.f.as("a-leader"), "INVESTIGATION", null), "FORBIDDEN", "caseId");
		caseStep(this.f.as("discipline-a"), "INVESTIGATION", null).path("transitionCase.statusZh")
			.entity(String.class)
			.isEqualTo("审查调查");
		caseStep(this.f.as("discipline-a"), "TRIAL", null).path("transitionCase.statusZh")
			.entity(String.class)
			.isEqualTo("审理");
		caseStep(this.f.as("discipline-a"), "CLOSED", "2021-09-30").path("transitionCase.closedDate")
			.entity(String.class)
			.isEqualTo("2021-09-30")
			.path("transitionCase.statusZh")
			.entity(String.class)
			.isEqualTo("已结案")
			.path("transitionCase.lead.status")
			.entity(String.class)
			.isEqualTo("CASE_CONCLUDED")
			.path("transitionCase.lead.statusZh")
			.entity(String.class)
			.isEqualTo("已结案");
		expectError(sanction(this.f.as("discipline-a"), "SAN-LATE", "PARTY_WARNING"), "INVALID_TRANSITION", "caseId");

		var chain = this.f.as("a-member").documentName("clueChain").variable("leadId", this.f.p + lead).execute();
		assertThat(chain.path("node.history[*].step").entityList(String.class).get()).containsExactly(
				"PROPOSE_TRANSFER", "APPROVE_TRANSFER", "INQUIRE", "VERIFY_AFTER_INQUIRY", "OPEN_CASE", "CONCLUDE");
		assertThat(chain.path("node.history[*].by").entityList(String.class).get()).containsExactly(
				this.f.p + "a-leader", this.f.p + "leader-a", this.f.p + "discipline-a", this.f.p + "discipline-a",
				this.f.p + "discipline-a", this.f.p + "discipline-a");
		assertThat(chain.path("node.history[*].at").entityList(String.class).get()).allMatch((at) -> at.length() > 10);
		chain.path("node.history[0].stepZh")
			.entity(String.class)
			.isEqualTo("提出移交")
			.path("node.history[0].transferTo")
			.entity(String.class)
			.isEqualTo(jw)
			.path("node.history[0].greenChannel")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("node.history[1].stepZh")
			.entity(String.class)
			.isEqualTo("批准移交")
			.path("node.history[1].transferTo")
			.entity(String.class)
			.isEqualTo(jw)
			.path("node.history[2].disposal")
			.entity(String.class)
			.isEqualTo("TALK_INQUIRY")
			.path("node.history[4].caseId")
			.entity(String.class)
			.isEqualTo(this.f.p + "K-A")
			.path("node.cases[0].responsibilityExamined[0].id")
			.entity(String.class)
			.isEqualTo(this.f.p + "P-WANG");
		assertThat(chain.path("node.cases[0].history[*].step").entityList(String.class).get())
			.containsExactly("INVESTIGATE", "TRY", "CONCLUDE");
		// Written through the model kernel: provenance and version stamped by the writer.
		assertThat(TestData.count(this.cypher,
				"MATCH (l:Lead {id: $id}) WHERE l.version = 6 AND l.updatedSource = 'api' AND l.updatedBy IS NOT NULL"
						+ " RETURN count(l)",
				Map.of("id", this.f.p + lead)))
			.isEqualTo(1);
		assertThat(this.audit.find(this.f.p + "leader-a", "transitionLead", this.f.p + lead, null, null, 20))
			.isNotEmpty();
		assertThat(this.audit.find(this.f.p + "discipline-a", "transitionCase", this.f.p + "K-A", null, null, 20))
			.isNotEmpty();
	}

	@Test
	void theGenericCreateAndUpdateAreGoneForLeadsAndCases() {
		for (String mutation : List.of("createLead", "updateLead", "createCase", "updateCase")) {
			this.admin.document("{ __type(name: \"Mutation\") { fields { name } } }")
				.execute()
				.path("__type.fields[*].name")
				.entityList(String.class)
				.satisfies((names) -> assertThat(names).doesNotContain(mutation).contains("createSanction"));
		}
	}

	@Test
	void theHistoryIsAsHiddenAsTheLead() {
		transition(this.admin, "L-A2", "TRANSFER_PROPOSED", this.f.p + "A-JW", null).errors().verify();
		transition(this.admin, "L-A2", "TRANSFERRED", null, null).errors().verify();
		for (String user : List.of("analyst", "x-leader", "discipline-city", "leader-b")) {
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
			.isEqualTo("试")
			.path("node.nextStatuses")
			.entityList(String.class)
			.containsExactly("TRANSFERRED", "TALK_INQUIRY", "PRELIMINARY_VERIFICATION", "SHELVED", "CLOSED");
	}

	private GraphQlTester.Response transition(HttpGraphQlTester tester, String lead, String to, String transferTo,
			Boolean green) {
		return tester.documentName("transitionLead")
			.variable("leadId", this.f.p + lead)
			.variable("to", to)
			.variable("reason", "试")
			.variable("transferTo", transferTo)
			.variable("greenChannel", green)
			.execute();
	}

	private GraphQlTester.Response openCase(HttpGraphQlTester tester, String lead, String kase, List<String> subjects,
			List<String> leaders) {
		return tester.documentName("openCase")
			.variable("input",
					Map.of("leadId", this.f.p + lead, "caseId", this.f.p + kase, "reason", "立案审查", "subjectIds",
							subjects.stream().map((s) -> this.f.p + s).toList(), "responsibleLeaderIds",
							leaders.stream().map((s) -> this.f.p + s).toList()))
			.execute();
	}

	private GraphQlTester.Response sanction(HttpGraphQlTester tester, String id, String type) {
		return tester.documentName("recordSanction")
			.variable("input",
					Map.of("caseId", this.f.p + "K-A", "sanctionId", this.f.p + id, "personId", this.f.p + "P-ZHANG",
							"type", type, "date", "2021-09-01", "reason", "处分决定"))
			.execute();
	}

	private GraphQlTester.Response caseStep(HttpGraphQlTester tester, String to, String closedDate) {
		return tester.documentName("transitionCase")
			.variable("caseId", this.f.p + "K-A")
			.variable("to", to)
			.variable("reason", "办案")
			.variable("closedDate", closedDate)
			.execute();
	}

	private static void expectError(GraphQlTester.Response response, String code, String field) {
		response.errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", code).containsEntry("field", field);
		});
	}

	private String status(String lead) {
		return this.cypher
			.read("MATCH (l:Lead {id: $id}) RETURN l.status AS s", Map.of("id", this.f.p + lead),
					(r) -> r.get("s").asString())
			.get(0);
	}

}
