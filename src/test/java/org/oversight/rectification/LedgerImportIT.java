package org.oversight.rectification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.graph.Cypher;
import org.oversight.ingest.ImportError;
import org.oversight.ingest.ImportOptions;
import org.oversight.ingest.ImportProgress;
import org.oversight.ingest.ImportReport;
import org.oversight.ingest.Importer;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import holds the ledger to the rules the API holds it to (a verdict in a revisit
 * round, a sign-off with its signer and day, one category per hand-over), across the
 * bundle and what the database holds already: a bundle that breaks one is refused naming
 * file, line and column, and changes nothing.
 */
@GraphTest
class LedgerImportIT {

	@Autowired
	Importer importer;

	@Autowired
	Cypher cypher;

	String p;

	@BeforeEach
	void load() {
		this.p = TestData.prefix();
		Map<String, String> files = new HashMap<>(LedgerStories.files());
		// A revisit verdict in RL, and a hand-over of financial management (F2 at D1, F7
		// at D2) to the finance bureau.
		files.put("verifications.csv", """
				rectification_id,round_id,date,passed
				$X4,$RL,2023-04-01,true
				""");
		files.put("handovers.csv", """
				id,regulator_id,handed_date,category
				$H1,$CZJ,2023-07-15,FINANCIAL_MISMANAGEMENT
				""");
		files.put("handover_findings.csv", """
				handover_id,finding_id
				$H1,$F2
				$H1,$F7
				""");
		TestData.load(this.importer, this.p, files);
	}

	private ImportReport run(Map<String, String> files, boolean skipBadRows) {
		return this.importer.run(TestData.bundle(this.p, files),
				new ImportOptions(false, skipBadRows, "test", "test", 100), ImportProgress.NONE);
	}

	private List<String> errors(ImportReport report) {
		return report.errors().stream().map(ImportError::toString).map((e) -> e.replace(this.p, "$")).toList();
	}

	private String value(String query) {
		return this.cypher.read(query, Map.of("p", this.p), (r) -> String.valueOf(r.get(0).asObject())).get(0);
	}

	@Test
	void aBundleBreakingTheLedgersRulesIsRefusedRowByRowAndChangesNothing() {
		long[] before = TestData.graphSize(this.cypher, this.p);
		ImportReport report = run(Map.of("verifications.csv", """
				rectification_id,round_id,date,passed,note,new_deadline
				$X1,$R2,2022-04-01,true,,
				$X1,$RL,2023-04-02,true,,
				""", "rectifications.csv", """
				id,finding_id,task,deadline,status,signed_by,signed_date
				$X3,$F2,规范财务报销,2022-06-30,IN_PROGRESS,,2022-05-01
				$X5,$F4,精简会议,2099-12-31,PENDING,$P1,
				$X1,$F1,清退津补贴,2021-12-31,DONE,$P1,2021-10-05
				""", "handovers.csv", """
				id,regulator_id,handed_date,category
				$H2,$CZJ,2023-08-01,FINANCIAL_MISMANAGEMENT
				""", "handover_findings.csv", """
				handover_id,finding_id
				$H2,$F7
				$H2,$F8
				$H1,$F3
				"""), false);
		assertThat(errors(report)).containsExactlyInAnyOrder(
				"verifications.csv:2: round_id: round '$R2' is REGULAR; tasks are verified in a revisit round (LOOKBACK)",
				"rectifications.csv:2: signed_by: a sign-off (书记签字) on 2022-05-01 needs its signer: signed_by names "
						+ "the secretary of the unit who signed",
				"rectifications.csv:3: signed_date: a sign-off (书记签字) by '$P1' needs its day: signed_date is the day "
						+ "it was signed",
				"handover_findings.csv:3: finding_id: finding '$F8' is OTHER, not FINANCIAL_MISMANAGEMENT like "
						+ "hand-over '$H2': a hand-over carries problems of one kind (分类移交)",
				"handover_findings.csv:4: finding_id: finding '$F3' is PROCUREMENT, not FINANCIAL_MISMANAGEMENT like "
						+ "hand-over '$H1': a hand-over carries problems of one kind (分类移交)");

		// What the database holds decides too: a round with verdicts stays a revisit
		// round, a finding handed over keeps its hand-over's category.
		report = run(Map.of("rounds.csv", """
				id,name,committee_id,type,term_id,number,start_date,end_date
				$RL,回头看,$CITY,REGULAR,$TERM,3,2023-03-01,2023-05-01
				""", "findings.csv", """
				id,team_id,org_id,category,found_date,sector,title
				$F7,$T1,$D2,OTHER,2021-04-04,HEALTH,白条入账
				"""), false);
		assertThat(errors(report)).containsExactlyInAnyOrder(
				"rounds.csv:2: type: round '$RL' holds revisit verdicts (on '$X4' and maybe more), so it stays "
						+ "LOOKBACK: tasks are verified in a revisit round (LOOKBACK)",
				"findings.csv:2: category: finding '$F7' is covered by hand-over '$H1', which is "
						+ "FINANCIAL_MISMANAGEMENT: a hand-over carries problems of one kind (分类移交)");

		assertThat(TestData.graphSize(this.cypher, this.p)).containsExactly(before);
		assertThat(value("MATCH (r:InspectionRound {id: $p + 'RL'}) RETURN r.type")).isEqualTo("LOOKBACK");
		assertThat(value("MATCH (f:Finding {id: $p + 'F7'}) RETURN f.category")).isEqualTo("FINANCIAL_MISMANAGEMENT");
		assertThat(value("MATCH (x:Rectification {id: $p + 'X1'}) RETURN x.signedDate")).isEqualTo("null");
		assertThat(value("MATCH (x:Rectification {id: $p + 'X3'}) RETURN EXISTS { (x)-[:RESPONSIBLE_ORG]->() }"))
			.isEqualTo("true");
	}

	@Test
	void skippingBadRowsLeavesOutOnlyTheRowsThatBreakARule() {
		ImportReport report = run(Map.of("verifications.csv", """
				rectification_id,round_id,date,passed
				$X1,$R2,2022-04-01,true
				$X1,$RL,2023-04-02,true
				"""), true);
		assertThat(report.ok()).isTrue();
		assertThat(report.skipped()).extracting(ImportError::toString)
			.containsExactly("verifications.csv:2: round_id: round '" + this.p + "R2' is REGULAR; tasks are "
					+ "verified in a revisit round (LOOKBACK)");
		assertThat(value("MATCH (:Rectification {id: $p + 'X1'})-[v:VERIFIED_IN]->(r) RETURN collect(r.id)"))
			.isEqualTo(List.of(this.p + "RL").toString());
	}

}
