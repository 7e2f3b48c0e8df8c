package org.oversight.rectification;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.ingest.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The five lists of a ledger line (问题、任务、责任、督办、效果清单), a task fixed on the spot (立行立改),
 * the secretary's sign-off (书记签字) and publication (整改公开), each recorded through the
 * ledger and read back; bad input changes nothing.
 */
@GraphTest
class LedgerListsIT {

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

	private GraphQlTester.Response run(String document, Map<String, Object> variables) {
		return this.graphQl.documentName(document).variables(variables).execute();
	}

	private void refused(String document, Map<String, Object> variables, String code, String field) {
		run(document, variables).errors()
			.expect((e) -> code.equals(e.getExtensions().get("code")) && field.equals(e.getExtensions().get("field")))
			.verify();
	}

	private GraphQlTester.Response line(String id) {
		return run("rectificationLedgerLine", Map.of("id", this.p + id));
	}

	@Test
	void aLineCarriesAllFiveLists() {
		var added = run("addRectificationTask",
				Map.of("input",
						Map.of("id", this.p + "NEW", "findingId", this.p + "F5", "problem", "会议多、文件多", "task", "精简会议文件",
								"deadline", "2099-06-30", "responsibleOrgId", this.p + "C-1", "supervisorId",
								this.p + "JW", "supervision", "下发督办函，每月调度")));
		added.path("addRectificationTask.status").entity(String.class).isEqualTo("PENDING");
		added.path("addRectificationTask.provenance.source").entity(String.class).isEqualTo("api");
		added.path("addRectificationTask.provenance.version").entity(Integer.class).isEqualTo(0);
		run("completeRectification",
				Map.of("id", this.p + "NEW", "evidence", "会议台账", "completedDate", "2024-05-01", "effect", "会议数量减少四成"))
			.path("completeRectification.provenance.version")
			.entity(Integer.class)
			.isEqualTo(1);
		line("NEW").path("node.problem")
			.entity(String.class)
			.isEqualTo("会议多、文件多")
			.path("node.task")
			.entity(String.class)
			.isEqualTo("精简会议文件")
			.path("node.responsibleOrg.id")
			.entity(String.class)
			.isEqualTo(this.p + "C-1")
			.path("node.supervisor.id")
			.entity(String.class)
			.isEqualTo(this.p + "JW")
			.path("node.supervision")
			.entity(String.class)
			.isEqualTo("下发督办函，每月调度")
			.path("node.effect")
			.entity(String.class)
			.isEqualTo("会议数量减少四成")
			.path("node.status")
			.entity(String.class)
			.isEqualTo("DONE");
	}

	@Test
	void supervisionIsRecordedOnAnOpenLine() {
		run("superviseRectification", Map.of("id", this.p + "X3", "supervisorId", this.p + "JW", "supervision", "约谈督办"))
			.path("superviseRectification.supervisor.id")
			.entity(String.class)
			.isEqualTo(this.p + "JW");
		refused("superviseRectification",
				Map.of("id", this.p + "X3", "supervisorId", this.p + "P1", "supervision", "约谈督办"), "BAD_REQUEST",
				"supervisorId");
	}

	@Test
	void aProblemFixedOnTheSpotIsDoneWhileTheRoundIsOn() {
		var fixed = run("addRectificationTask",
				Map.of("input", Map.of("id", this.p + "SPOT", "findingId", this.p + "F4", "task", "当场清理超标会议",
						"onTheSpot", true, "evidence", "会议清单", "completedDate", "2022-04-10")));
		fixed.path("addRectificationTask.status").entity(String.class).isEqualTo("DONE");
		fixed.path("addRectificationTask.onTheSpot").entity(Boolean.class).isEqualTo(true);
		fixed.path("addRectificationTask.deadline").entity(String.class).isEqualTo("2022-04-10");
		fixed.path("addRectificationTask.completedDate").entity(String.class).isEqualTo("2022-04-10");
		// R2 ended on 2022-05-01: a fix after it is not one made on the spot.
		refused("addRectificationTask", Map.of("input", Map.of("findingId", this.p + "F4", "task", "t", "onTheSpot",
				true, "evidence", "e", "completedDate", "2022-06-01")), "BAD_REQUEST", "completedDate");
		refused("addRectificationTask", Map.of("input",
				Map.of("findingId", this.p + "F4", "task", "t", "onTheSpot", true, "completedDate", "2022-04-10")),
				"BAD_REQUEST", "evidence");
		refused("addRectificationTask", Map.of("input", Map.of("findingId", this.p + "F4", "task", "t", "deadline",
				"2099-01-01", "completedDate", "2022-04-10")), "BAD_REQUEST", "onTheSpot");
	}

	@Test
	void onlyTheUnitsSecretarySignsItOff() {
		refused("signRectification", Map.of("id", this.p + "X3", "secretaryId", this.p + "P2", "date", "2024-01-05"),
				"BAD_REQUEST", "secretaryId");
		// Before P1 held the post
		refused("signRectification", Map.of("id", this.p + "X3", "secretaryId", this.p + "P1", "date", "2019-06-01"),
				"BAD_REQUEST", "secretaryId");
		run("signRectification", Map.of("id", this.p + "X3", "secretaryId", this.p + "P1", "date", "2024-01-05"))
			.path("signRectification.signedBy.id")
			.entity(String.class)
			.isEqualTo(this.p + "P1")
			.path("signRectification.signedDate")
			.entity(String.class)
			.isEqualTo("2024-01-05");
	}

	@Test
	void publicationIsRecordedWithWhereAndWhen() {
		refused("publishRectification", Map.of("id", this.p + "X3", "date", "2099-01-10", "where", "网站"), "BAD_REQUEST",
				"date");
		refused("publishRectification", Map.of("id", this.p + "X3", "date", "2024-01-10", "where", " "), "BAD_REQUEST",
				"where");
		run("publishRectification", Map.of("id", this.p + "X3", "date", "2024-01-10", "where", "市纪委监委网站"));
		line("X3").path("node.publishedDate")
			.entity(String.class)
			.isEqualTo("2024-01-10")
			.path("node.publishedIn")
			.entity(String.class)
			.isEqualTo("市纪委监委网站");
	}

}
