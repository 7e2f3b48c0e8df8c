package org.oversight.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.Fixtures;
import org.oversight.TestData;
import org.oversight.graph.Cypher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ImportIT {

	@Autowired
	Importer importer;

	@Autowired
	Cypher cypher;

	String p;

	@BeforeEach
	void prefix() {
		this.p = TestData.prefix();
	}

	@Test
	void importingTheSameBundleTwiceChangesNothing() {
		ImportReport first = TestData.load(this.importer, this.p, Fixtures.smallCity());
		long[] size = TestData.graphSize(this.cypher, this.p);
		ImportReport second = TestData.load(this.importer, this.p, Fixtures.smallCity());

		assertThat(first.total().created()).isEqualTo(first.rows());
		assertThat(second.total().created()).isZero();
		assertThat(second.total().updated()).isZero();
		assertThat(second.total().unchanged()).isEqualTo(second.rows());
		assertThat(TestData.graphSize(this.cypher, this.p)).containsExactly(size);
	}

	@Test
	void aCorrectedFileUpdatesTheRecordsItNames() {
		TestData.load(this.importer, this.p, Fixtures.smallCity());
		ImportReport report = TestData.load(this.importer, this.p, Map.of("organizations.csv", """
				id,name,kind,level,parent_id,sector
				$A-JY,安平县教育体育局,DEPARTMENT,COUNTY,$B,EDUCATION
				$A-JT,安平县交通运输局,DEPARTMENT,COUNTY,$A,TRANSPORT
				"""));
		assertThat(report.counts().get("organizations.csv")).isEqualTo(new org.oversight.store.WriteCounts(0, 1, 1));
		assertThat(value("MATCH (o {id: $id})-[:PART_OF]->(p) RETURN p.id + ' ' + o.name + ' ' + o.version", "A-JY"))
			.isEqualTo(this.p + "B 安平县教育体育局 1");
		// an emptied optional cell removes the value; the old parent link is gone
		assertThat(TestData.count(this.cypher, "MATCH ({id: $id})-[r:PART_OF]->() RETURN count(r)",
				Map.of("id", this.p + "A-JY")))
			.isOne();
	}

	@Test
	void reportsEveryKindOfErrorWithFileLineAndColumnAndWritesNothing() {
		Map<String, String> files = new HashMap<>(Fixtures.smallCity());
		files.put("organizations.csv", """
				id,name,kind,level,parent_id,sector
				$CITY,黔安市委,PARTY_COMMITTEE,CITY,,
				$X1,,DEPARTMENT,COUNTY,$CITY,
				$X2,某局,BUREAU,COUNTY,$CITY,
				$X3,某局,DEPARTMENT,COUNTY,$NOWHERE,
				$CITY,重复,DEPARTMENT,COUNTY,,
				$X4\u00a0,某村,VILLAGE,VILLAGE,$CITY,
				""");
		files.put("projects.csv", """
				id,name,org_id,budget,start_date,end_date
				$PRJ-1,项目,$CITY,-5,2020-13-01,
				$PRJ-2,项目,$P-ZHANG,1,2020-01-01,2019-01-01
				""");
		files.put("persons.csv", """
				id,name,nickname
				$P-ZHANG,张某,老张
				""");
		files.put("contracts.csv", """
				id,project_id,company_id,amount
				$CT-1,$PRJ-1,$C-ROAD,1
				""");
		files.put("ledger.csv", "a,b\n1,2\n");
		ImportReport report = this.importer.run(TestData.bundle(this.p, files), ImportOptions.defaults("test"),
				ImportProgress.NONE);

		List<String> errors = report.errors().stream().map(ImportError::toString).toList();
		assertThat(errors).contains("organizations.csv:3: name: a value is required",
				"organizations.csv:4: kind: 'BUREAU' is not one of PARTY_COMMITTEE, DEPARTMENT, STATE_ENTERPRISE, PUBLIC_INSTITUTION, VILLAGE, DISCIPLINE_BODY, DISPATCHED_GROUP, INSPECTION_OFFICE, ORG_DEPARTMENT, FINANCE_OFFICE, OTHER",
				"organizations.csv:5: parent_id: '" + this.p
						+ "NOWHERE' exists neither in this data nor in the database",
				"organizations.csv:6: id: '" + this.p + "CITY' is already the id of organizations.csv:2",
				"projects.csv:2: budget: '-5' must be a non-negative number",
				"projects.csv:2: start_date: '2020-13-01' is not a date of the form YYYY-MM-DD",
				"projects.csv:3: end_date: 2019-01-01 is before 2020-01-01",
				"projects.csv:3: org_id: '" + this.p + "P-ZHANG' is a Person, expected Organization",
				"contracts.csv:1: signed_date: required column missing",
				"ledger.csv:0: -: not a file of the import format");
		assertThat(errors).anyMatch((e) -> e.startsWith("persons.csv:1: nickname: not a column of persons.csv"));
		assertThat(errors).anyMatch((e) -> e.startsWith(
				"organizations.csv:7: id: an id has no spaces, quotes, backslashes or invisible characters; this one has U+00A0"));
		assertThat(TestData.graphSize(this.cypher, this.p)).containsExactly(0, 0);
	}

	@Test
	void refusesToChangeTheKindOfAnExistingId() {
		TestData.load(this.importer, this.p, Fixtures.smallCity());
		ImportReport report = this.importer.run(TestData.bundle(this.p, Map.of("companies.csv", "id,name\n$A,冒名公司\n")),
				ImportOptions.defaults("t"), ImportProgress.NONE);
		assertThat(report.errors()).extracting(ImportError::toString)
			.containsExactly(
					"companies.csv:2: id: '" + this.p + "A' is already the id of a Organization in the database");
	}

	@Test
	void aLeadHistoryIsCheckedStepByStepAndWrittenOnlyWhenWhole() {
		Map<String, String> files = new java.util.HashMap<>(Fixtures.smallCity());
		files.put("rounds.csv",
				"id,name,committee_id,type,start_date,end_date\n$R1,市委常规巡察,$CITY,REGULAR,2021-03-01,\n");
		files.put("teams.csv", "id,round_id,name\n$T1,$R1,一组\n");
		files.put("leads.csv", "id,team_id,source,status,created_date\n$L1,$T1,INSPECTION,TRANSFERRED,2021-04-01\n");
		files.put("lead_history.csv", """
				lead_id,seq,step,from,to,by,at,reason,transfer_to
				$L1,1,PROPOSE_TRANSFER,OPEN,TRANSFER_PROPOSED,组长,2021-04-02T09:00+08:00,提出移交,$A
				$L1,3,APPROVE_TRANSFER,TRANSFER_PROPOSED,TRANSFERRED,巡察办,2021-04-03T10:00+08:00,同意,$A
				$L1,4,VERIFY,OPEN,PRELIMINARY_VERIFICATION,纪委,yesterday,初核,
				$NOPE,1,PROPOSE_TRANSFER,OPEN,TRANSFER_PROPOSED,组长,2021-04-03T10:00+08:00,提出移交,$P-ZHANG
				$NOPE2,1,TRANSFER,OPEN,TRANSFERRED,纪委,2021-04-03T10:00+08:00,旧的一步移交,
				""");
		ImportReport report = this.importer.run(TestData.bundle(this.p, files), ImportOptions.defaults("t"),
				ImportProgress.NONE);
		assertThat(report.errors()).extracting(ImportError::toString)
			.contains(
					"lead_history.csv:3: seq: the steps of '" + this.p + "L1' are numbered 1, 2, …; step 2 is missing",
					"lead_history.csv:4: at: 'yesterday' is not an ISO date-time (e.g. 2024-03-18T09:30+08:00)",
					"lead_history.csv:5: lead_id: '" + this.p + "NOPE' exists neither in this data nor in the database",
					"lead_history.csv:5: transfer_to: '" + this.p + "P-ZHANG' is a Person, expected Organization");
		assertThat(report.errors()).extracting(ImportError::toString)
			.anyMatch((e) -> e.startsWith("lead_history.csv:6: step: 'TRANSFER' is not a step of the lead lifecycle"));
		assertThat(TestData.graphSize(this.cypher, this.p)).containsExactly(0, 0);
	}

	@Test
	void skipsBadRowsOnlyWhenAskedAndSaysWhich() {
		Map<String, String> files = Map.of("organizations.csv", """
				id,name,kind,level,parent_id
				$CITY,黔安市委,PARTY_COMMITTEE,CITY,
				$BAD,坏行,NOPE,COUNTY,$CITY
				$CHILD,下级,DEPARTMENT,COUNTY,$BAD
				$OK,好行,DEPARTMENT,COUNTY,$CITY
				""");
		ImportReport report = this.importer.run(TestData.bundle(this.p, files),
				new ImportOptions(false, true, "t", "test", 100), ImportProgress.NONE);
		assertThat(report.ok()).isTrue();
		assertThat(report.skipped()).extracting(ImportError::toString)
			.containsExactly("organizations.csv:3: kind: 'NOPE' is not one of PARTY_COMMITTEE, DEPARTMENT, "
					+ "STATE_ENTERPRISE, PUBLIC_INSTITUTION, VILLAGE, DISCIPLINE_BODY, DISPATCHED_GROUP, INSPECTION_OFFICE, ORG_DEPARTMENT, FINANCE_OFFICE, OTHER",
					"organizations.csv:4: parent_id: '" + this.p
							+ "BAD' exists neither in this data nor in the database");
		assertThat(TestData.graphSize(this.cypher, this.p)[0]).isEqualTo(2);
	}

	@Test
	void aDryRunWritesNothingAndSaysWhatItWouldDo() {
		TestData.load(this.importer, this.p,
				Map.of("organizations.csv", "id,name,kind,level\n$CITY,市委,PARTY_COMMITTEE,CITY\n"));
		ImportReport report = this.importer.run(TestData.bundle(this.p, Fixtures.smallCity()),
				new ImportOptions(true, false, "t", "test", 100), ImportProgress.NONE);
		assertThat(report.dryRun()).isTrue();
		assertThat(report.counts().get("organizations.csv")).isEqualTo(new org.oversight.store.WriteCounts(7, 1, 0));
		assertThat(TestData.graphSize(this.cypher, this.p)[0]).isOne();
	}

	@Test
	void anImportStoppedHalfWayCompletesWhenRunAgain() {
		ImportOptions smallBatches = new ImportOptions(false, false, "t", "test", 2);
		assertThatThrownBy(() -> this.importer.run(TestData.bundle(this.p, Fixtures.smallCity()), smallBatches,
				(phase, done, total) -> {
					if (done >= 8) {
						throw new IllegalStateException("killed");
					}
				}))
			.hasMessage("killed");
		long[] partial = TestData.graphSize(this.cypher, this.p);
		assertThat(partial[0]).isGreaterThan(0).isLessThan(20);

		this.importer.run(TestData.bundle(this.p, Fixtures.smallCity()), smallBatches, ImportProgress.NONE);
		String q = TestData.prefix();
		TestData.load(this.importer, q, Fixtures.smallCity());
		assertThat(TestData.graphSize(this.cypher, this.p)).containsExactly(TestData.graphSize(this.cypher, q));
	}

	@Test
	void acceptsAByteOrderMarkAndQuotedCells() {
		TestData.load(this.importer, this.p,
				Map.of("companies.csv", "\uFEFFid,name,address\n$C1,\"某某公司, 有限\",\"贵州省\n黔安市\"\n$C2,另一公司,\n"));
		assertThat(value("MATCH (c {id: $id}) RETURN c.name + '|' + c.address", "C1")).isEqualTo("某某公司, 有限|贵州省\n黔安市");
	}

	private String value(String query, String id) {
		return this.cypher.read(query, Map.of("id", this.p + id), (r) -> r.get(0).asString()).get(0);
	}

	@Test
	void readsJsonLinesAndTakesTheSourceFromTheManifest() {
		var files = new java.util.ArrayList<Bundle.File>();
		byte[] orgs = ("{\"id\": \"" + this.p
				+ "J1\", \"name\": \"市委\", \"kind\": \"PARTY_COMMITTEE\", \"level\": \"CITY\"}\n" + "{\"id\": \""
				+ this.p + "J2\", \"name\": \"某局\", \"kind\": \"DEPARTMENT\", \"level\": \"COUNTY\", "
				+ "\"parent_id\": \"" + this.p + "J1\", \"sector\": null}\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		files.add(new Bundle.File("organizations.jsonl", () -> new java.io.ByteArrayInputStream(orgs)));
		Manifest manifest = new Manifest(1, "test", "安平县委巡察办台账", List.of("organizations.jsonl"), null);
		ImportReport report = this.importer.run(new Bundle("jsonl", files, manifest), ImportOptions.defaults(null),
				ImportProgress.NONE);
		assertThat(report.errors()).isEmpty();
		assertThat(value("MATCH (o {id: $id})-[:PART_OF]->(p) RETURN o.source + ' ' + p.name", "J2"))
			.isEqualTo("安平县委巡察办台账 市委");

		Manifest naming = new Manifest(1, "test", "s", List.of("organizations.jsonl", "persons.csv"), null);
		assertThat(
				this.importer.run(new Bundle("jsonl", files, naming), ImportOptions.defaults(null), ImportProgress.NONE)
					.errors())
			.extracting(ImportError::toString)
			.containsExactly("manifest.json:0: files: persons.csv is named but missing");
	}

	@Test
	void aBadFirstJsonLineIsARowErrorThatCanBeSkipped() {
		byte[] lines = ("{\"id\": \"" + this.p + "K1\", \"name\": \"x\", \"kind\": \"NOPE\", \"level\": \"CITY\"}\n"
				+ "{\"id\": \"" + this.p + "K2\", \"name\": \"y\", \"kind\": \"OTHER\", \"level\": \"CITY\"}\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		Bundle bundle = new Bundle("b",
				List.of(new Bundle.File("organizations.jsonl", () -> new java.io.ByteArrayInputStream(lines))), null);
		ImportReport report = this.importer.run(bundle, new ImportOptions(false, true, "t", "test", 10),
				ImportProgress.NONE);
		assertThat(report.ok()).isTrue();
		assertThat(report.skipped()).extracting(ImportError::line).containsExactly(1L);
		assertThat(TestData.graphSize(this.cypher, this.p)[0]).isOne();
	}

	@Test
	void aLinkGivenTwiceIsWrittenOnceAndATransferIdTwiceIsAnError() {
		Map<String, String> files = new HashMap<>(Fixtures.smallCity());
		files.put("relations.csv",
				"person_id,other_person_id,relation\n$P-ZHANG,$P-LI,SPOUSE\n$P-ZHANG,$P-LI,SPOUSE\n");
		TestData.load(this.importer, this.p, files);
		assertThat(TestData.count(this.cypher, "MATCH ({id: $id})-[r:RELATED_TO]->() RETURN count(r)",
				Map.of("id", this.p + "P-ZHANG")))
			.isOne();

		files.put("accounts.csv", "id,holder_id,kind\n$AC1,$P-ZHANG,PERSONAL\n$AC2,$P-LI,PERSONAL\n");
		files.put("transfers.csv",
				"id,from_account_id,to_account_id,amount,date,kind\n$TR1,$AC1,$AC2,5,2020-01-01,OTHER\n"
						+ "$TR1,$AC2,$AC1,5,2020-01-02,OTHER\n");
		assertThat(this.importer.run(TestData.bundle(this.p, files), ImportOptions.defaults("t"), ImportProgress.NONE)
			.errors()).extracting(ImportError::toString)
			.containsExactly("transfers.csv:3: id: '" + this.p + "TR1' is already the id of transfers.csv:2");
	}

}
