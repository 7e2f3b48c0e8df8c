package org.oversight.rectification;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.graph.Cypher;
import org.oversight.ingest.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger through GraphQL: tasks open with a future deadline, close only with
 * evidence, are verified or reopened by a revisit round, are overdue by date, and answer
 * to accountability actions; bad input changes nothing.
 */
@GraphTest
class LedgerIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Importer importer;

	@Autowired
	Cypher cypher;

	String p;

	@BeforeEach
	void load() {
		this.p = TestData.prefix();
		TestData.load(this.importer, this.p, LedgerFixture.files());
	}

	private String status(String task) {
		return this.cypher
			.read("MATCH (r:Rectification {id: $id}) RETURN r.status AS s", Map.of("id", this.p + task),
					(r) -> r.get("s").asString())
			.get(0);
	}

	private long tasks() {
		return TestData.count(this.cypher, "MATCH (r:Rectification) WHERE r.id STARTS WITH $p RETURN count(r)",
				Map.of("p", this.p));
	}

	private void refused(String document, String code, String field) {
		this.graphQl.document(document)
			.execute()
			.errors()
			.expect((e) -> code.equals(e.getExtensions().get("code")) && field.equals(e.getExtensions().get("field")))
			.verify();
	}

	@Test
	void aTaskOpensPendingWithItsResponsibleUnitAndPerson() {
		var response = this.graphQl
			.document("mutation { addRectificationTask(input: {id: \"" + this.p + "NEW\", findingId: \"" + this.p
					+ "F5\", task: \"整改其他问题\", deadline: \"2099-06-30\", " + "responsibleOrgId: \"" + this.p
					+ "C-1\", responsiblePersonId: \"" + this.p + "P2\", "
					+ "measures: \"建立台账，逐项销号\"}) { id status measures overdue finding { id } responsibleOrg { id } "
					+ "responsiblePerson { id } provenance { recordedBy version } } }")
			.execute();
		response.path("addRectificationTask.status").entity(String.class).isEqualTo("PENDING");
		response.path("addRectificationTask.measures").entity(String.class).isEqualTo("建立台账，逐项销号");
		response.path("addRectificationTask.overdue").entity(Boolean.class).isEqualTo(false);
		response.path("addRectificationTask.finding.id").entity(String.class).isEqualTo(this.p + "F5");
		response.path("addRectificationTask.responsibleOrg.id").entity(String.class).isEqualTo(this.p + "C-1");
		response.path("addRectificationTask.responsiblePerson.id").entity(String.class).isEqualTo(this.p + "P2");
		response.path("addRectificationTask.provenance.recordedBy").entity(String.class).isEqualTo("admin");
	}

	@Test
	void badTasksAreRefusedAndNothingIsWritten() {
		long before = tasks();
		refused("mutation { addRectificationTask(input: {findingId: \"" + this.p
				+ "F5\", task: \"t\", deadline: \"2020-01-01\"}) { id } }", "BAD_REQUEST", "deadline");
		refused("mutation { addRectificationTask(input: {findingId: \"" + this.p
				+ "NO-SUCH\", task: \"t\", deadline: \"2099-01-01\"}) { id } }", "NOT_FOUND", "findingId");
		refused("mutation { addRectificationTask(input: {findingId: \"" + this.p + "F5\", task: \"t\", deadline: "
				+ "\"2099-01-01\", responsibleOrgId: \"" + this.p + "NO-ORG\"}) { id } }", "NOT_FOUND",
				"responsibleOrgId");
		refused("mutation { addRectificationTask(input: {findingId: \"" + this.p
				+ "F5\", task: \" \", deadline: \"2099-01-01\"}) { id } }", "BAD_REQUEST", "task");
		refused("mutation { addRectificationTask(input: {id: \"" + this.p + "X1\", findingId: \"" + this.p
				+ "F5\", task: \"t\", deadline: \"2099-01-01\"}) { id } }", "BAD_REQUEST", "id");
		assertThat(tasks()).isEqualTo(before);
	}

	@Test
	void tickingOffNeedsEvidence() {
		refused("mutation { completeRectification(id: \"" + this.p + "X3\", evidence: \"  \") { status } }",
				"BAD_REQUEST", "evidence");
		assertThat(status("X3")).isEqualTo("IN_PROGRESS");
		refused("mutation { completeRectification(id: \"" + this.p + "X2\", evidence: \"再次提交\") { status } }",
				"BAD_REQUEST", "id");
		refused("mutation { completeRectification(id: \"" + this.p + "NOPE\", evidence: \"x\") { status } }",
				"NOT_FOUND", "id");
		var done = this.graphQl
			.document("mutation { completeRectification(id: \"" + this.p
					+ "X3\", evidence: \"报销制度及凭证\", completedDate: \"2024-02-01\") { status evidence completedDate "
					+ "overdue(asOf: \"2025-01-01\") provenance { version updatedBy } } }")
			.execute();
		done.path("completeRectification.status").entity(String.class).isEqualTo("DONE");
		done.path("completeRectification.evidence").entity(String.class).isEqualTo("报销制度及凭证");
		done.path("completeRectification.completedDate").entity(String.class).isEqualTo("2024-02-01");
		done.path("completeRectification.overdue").entity(Boolean.class).isEqualTo(false);
		done.path("completeRectification.provenance.updatedBy").entity(String.class).isEqualTo("admin");
	}

	@Test
	void overdueIsDerivedFromTheDate() {
		var response = this.graphQl
			.document("{ rectifications(filter: {ids: [\"" + this.p + "X3\", \"" + this.p + "X1\", \"" + this.p
					+ "X5\"]}, sort: [{field: \"id\"}]) { nodes { id before: overdue(asOf: \"2022-06-30\") "
					+ "after: overdue(asOf: \"2022-07-01\") now: overdue } } }")
			.execute();
		response.path("rectifications.nodes[0].id").entity(String.class).isEqualTo(this.p + "X1");
		response.path("rectifications.nodes[0].after").entity(Boolean.class).isEqualTo(false);
		response.path("rectifications.nodes[1].id").entity(String.class).isEqualTo(this.p + "X3");
		response.path("rectifications.nodes[1].before").entity(Boolean.class).isEqualTo(false);
		response.path("rectifications.nodes[1].after").entity(Boolean.class).isEqualTo(true);
		response.path("rectifications.nodes[1].now").entity(Boolean.class).isEqualTo(true);
		response.path("rectifications.nodes[2].now").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void aFailedRevisitReopensTheTaskAndCountsAgainstItsUnit() {
		refused("mutation { verifyRectification(id: \"" + this.p + "X1\", roundId: \"" + this.p
				+ "R1\", passed: true) { status } }", "BAD_REQUEST", "roundId");
		refused("mutation { verifyRectification(id: \"" + this.p + "X3\", roundId: \"" + this.p
				+ "RL\", passed: true) { status } }", "BAD_REQUEST", "id");
		refused("mutation { verifyRectification(id: \"" + this.p + "X1\", roundId: \"" + this.p
				+ "RL\", passed: false, newDeadline: \"2023-09-30\") { status } }", "BAD_REQUEST", "note");
		assertThat(status("X1")).isEqualTo("DONE");
		var failed = this.graphQl
			.document("mutation { verifyRectification(id: \"" + this.p + "X1\", roundId: \"" + this.p
					+ "RL\", passed: false, note: \"津补贴未清退到位\", date: \"2023-03-20\", newDeadline: \"2023-09-30\") "
					+ "{ status failedVerifications " + "verifications { roundId passed note by } } }")
			.execute();
		failed.path("verifyRectification.status").entity(String.class).isEqualTo("REJECTED");
		failed.path("verifyRectification.failedVerifications").entity(Integer.class).isEqualTo(1);
		failed.path("verifyRectification.verifications[0].roundId").entity(String.class).isEqualTo(this.p + "RL");
		failed.path("verifyRectification.verifications[0].passed").entity(Boolean.class).isEqualTo(false);
		failed.path("verifyRectification.verifications[0].note").entity(String.class).isEqualTo("津补贴未清退到位");
		// F1 is no longer rectified, and D1 carries the failed verification
		var rates = this.graphQl
			.document("{ rectificationRates(by: ORGANIZATION, termId: \"" + this.p
					+ "TERM\") { key fedBack rectified failedVerifications } }")
			.execute()
			.path("rectificationRates")
			.entityList(Map.class)
			.get();
		assertThat(rates).anySatisfy((row) -> {
			assertThat(row.get("key")).isEqualTo(this.p + "D1");
			assertThat(row.get("rectified")).isEqualTo(0);
			assertThat(row.get("failedVerifications")).isEqualTo(1);
		});
		this.graphQl
			.document("mutation { completeRectification(id: \"" + this.p
					+ "X1\", evidence: \"补充退款凭证\", completedDate: \"2023-04-10\") { status } }")
			.execute()
			.path("completeRectification.status")
			.entity(String.class)
			.isEqualTo("DONE");
		this.graphQl
			.document("mutation { verifyRectification(id: \"" + this.p + "X1\", roundId: \"" + this.p
					+ "RL\", passed: true) { status failedVerifications verifications { passed } } }")
			.execute()
			.path("verifyRectification.status")
			.entity(String.class)
			.isEqualTo("VERIFIED")
			.path("verifyRectification.failedVerifications")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("verifyRectification.verifications[*].passed")
			.entityList(Boolean.class)
			.containsExactly(false, true);
	}

	@Test
	void accountabilityLinksToTheTaskItAnswers() {
		refused("mutation { linkAccountability(sanctionId: \"" + this.p + "NOPE\", rectificationId: \"" + this.p
				+ "X3\") { id } }", "NOT_FOUND", "sanctionId");
		this.graphQl
			.document("mutation { linkAccountability(sanctionId: \"" + this.p + "S1\", rectificationId: \"" + this.p
					+ "X3\") { id accountability { id type } } }")
			.execute()
			.path("linkAccountability.accountability[0].id")
			.entity(String.class)
			.isEqualTo(this.p + "S1")
			.path("linkAccountability.accountability[0].type")
			.entity(String.class)
			.isEqualTo("ADMONITION_TALK");
	}

}
