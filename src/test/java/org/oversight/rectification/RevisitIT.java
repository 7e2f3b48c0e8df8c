package org.oversight.rectification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.ingest.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A revisit (回头看) is dated on the revisit round's own days, a failed one sets a new
 * deadline, and the failure does not hide the problem's return.
 */
@GraphTest
class RevisitIT {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Importer importer;

	String p;

	@BeforeEach
	void load() {
		this.p = TestData.prefix();
		TestData.load(this.importer, this.p, LedgerStories.files());
	}

	private GraphQlTester.Response verify(String task, boolean passed, String note, String date, String deadline) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("id", this.p + task);
		variables.put("roundId", this.p + "RL");
		variables.put("passed", passed);
		variables.put("note", note);
		variables.put("date", date);
		variables.put("newDeadline", deadline);
		return this.graphQl.documentName("verifyRectification").variables(variables).execute();
	}

	private void refused(GraphQlTester.Response response, String field) {
		response.errors()
			.expect((e) -> "BAD_REQUEST".equals(e.getExtensions().get("code"))
					&& field.equals(e.getExtensions().get("field")))
			.verify();
	}

	private List<String> recurring() {
		return this.graphQl.documentName("recurringAfterRectification")
			.variable("scope", this.p + "CITY")
			.execute()
			.path("redFlags[*].subject")
			.entityList(String.class)
			.get();
	}

	@Test
	void aVerdictWithoutADayIsDatedOnTheRevisitRoundNotToday() {
		verify("X4", true, null, null, null).path("verifyRectification.verifications[0].date")
			.entity(String.class)
			.isEqualTo("2023-05-01")
			.path("verifyRectification.status")
			.entity(String.class)
			.isEqualTo("VERIFIED");
	}

	@Test
	void aFailedRevisitSetsANewDeadlineAndTheRecurrenceStillFires() {
		assertThat(recurring()).contains(this.p + "F6");
		refused(verify("X1", false, "津补贴未清退到位", "2023-03-20", null), "newDeadline");
		refused(verify("X1", false, "津补贴未清退到位", "2023-06-20", "2023-09-30"), "date");
		refused(verify("X1", false, "津补贴未清退到位", "2023-03-20", "2023-03-01"), "newDeadline");
		var failed = verify("X1", false, "津补贴未清退到位", "2023-03-20", "2023-09-30");
		failed.path("verifyRectification.status").entity(String.class).isEqualTo("REJECTED");
		failed.path("verifyRectification.deadline").entity(String.class).isEqualTo("2023-09-30");
		failed.path("verifyRectification.overdue").entity(Boolean.class).isEqualTo(false);
		failed.path("verifyRectification.completedDate").entity(String.class).isEqualTo("2021-10-01");
		failed.path("verifyRectification.failedVerifications").entity(Integer.class).isEqualTo(1);
		failed.path("verifyRectification.verifications[0].date").entity(String.class).isEqualTo("2023-03-20");
		failed.path("verifyRectification.verifications[0].newDeadline").entity(String.class).isEqualTo("2023-09-30");
		failed.path("verifyRectification.verifications[0].by").entity(String.class).isEqualTo("admin");
		failed.path("verifyRectification.provenance.updatedBy").entity(String.class).isEqualTo("admin");
		assertThat(recurring()).as("the failed revisit keeps the return of the problem visible")
			.contains(this.p + "F6");
		// Not ticked off again before the revisit that reopened it
		refused(this.graphQl.documentName("completeRectification")
			.variables(Map.of("id", this.p + "X1", "evidence", "补充退款凭证", "completedDate", "2023-03-01"))
			.execute(), "completedDate");
		// Done again in the revisit round, and this time it holds.
		this.graphQl.documentName("completeRectification")
			.variables(Map.of("id", this.p + "X1", "evidence", "补充退款凭证", "completedDate", "2023-04-10"))
			.execute()
			.path("completeRectification.status")
			.entity(String.class)
			.isEqualTo("DONE");
		verify("X1", true, null, null, null).path("verifyRectification.verifications[*].passed")
			.entityList(Boolean.class)
			.containsExactly(false, true)
			.path("verifyRectification.failedVerifications")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void anImportedVerdictWhoseNewDeadlineIsNotAfterItIsRefusedNamingTheRow() {
		var report = this.importer.run(TestData.bundle(this.p, Map.of("verifications.csv", """
				rectification_id,round_id,date,passed,note,new_deadline
				$X4,$RL,2023-04-01,true,,
				$X1,$RL,2023-04-01,false,未整改到位,2023-03-01
				""")), org.oversight.ingest.ImportOptions.defaults("test"), org.oversight.ingest.ImportProgress.NONE);
		org.assertj.core.api.Assertions.assertThat(report.ok()).isFalse();
		org.assertj.core.api.Assertions.assertThat(report.errors())
			.containsExactly(new org.oversight.ingest.ImportError("verifications.csv", 3, "new_deadline",
					"2023-03-01 is before 2023-04-01"));
		verify("X4", true, null, null, null).path("verifyRectification.verifications[*].date")
			.entityList(String.class)
			.containsExactly("2023-05-01");
	}

	@Test
	void aRoundGivesOneVerdictADayOnATask() {
		verify("X4", false, "招标文件不全", "2023-04-15", "2023-06-30");
		this.graphQl.documentName("completeRectification")
			.variables(Map.of("id", this.p + "X4", "evidence", "补齐招标文件", "completedDate", "2023-04-15"))
			.execute();
		refused(verify("X4", true, null, "2023-04-15", null), "date");
		verify("X4", true, null, "2023-04-20", null).path("verifyRectification.verifications[*].passed")
			.entityList(Boolean.class)
			.containsExactly(false, true);
	}

	@Test
	void aRevisitBeforeTheTaskWasTickedOffIsRefused() {
		this.graphQl.documentName("completeRectification")
			.variables(Map.of("id", this.p + "X3", "evidence", "凭证", "completedDate", "2023-04-01"))
			.execute();
		refused(verify("X3", true, null, "2023-03-10", null), "date");
	}

}
