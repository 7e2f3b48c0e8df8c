package org.oversight.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CliIT {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private PrintStream oldOut;

	private PrintStream oldErr;

	@BeforeEach
	void capture() {
		this.oldOut = System.out;
		this.oldErr = System.err;
		System.setOut(new PrintStream(this.out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		System.setOut(this.oldOut);
		System.setErr(this.oldErr);
	}

	@Test
	void helpListsTheCommands() {
		assertThat(Cli.run(new String[] { "--help" })).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("serve", "demo", "import");
	}

	@Test
	void badUsageExitsWithTwo() {
		assertThat(Cli.run(new String[] { "import" })).isEqualTo(2);
		assertThat(Cli.run(new String[] { "import", this.dir.toString(), "--no-such-option" })).isEqualTo(2);
		assertThat(Cli.run(new String[] { "import", this.dir.resolve("missing").toString() })).isEqualTo(2);
	}

	@Test
	void importPrintsEveryErrorAndExitsWithOne() throws IOException {
		Path bundle = Files.createDirectories(this.dir.resolve("bundle"));
		Files.writeString(bundle.resolve("organizations.csv"), "id,name,kind,level\nO1,,DEPARTMENT,TOWN\n");
		int exit = Cli.run(new String[] { "import", bundle.toString(), "--data-dir", this.dir.resolve("db").toString(),
				"--oversight.bolt.port=0" });
		assertThat(exit).isOne();
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("organizations.csv:2: name: a value is required",
				"organizations.csv:2: level: 'TOWN' is not one of PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE",
				"nothing was imported");
	}

	@Test
	void importLoadsABundleAndSaysWhatItDid() throws IOException {
		Path bundle = Files.createDirectories(this.dir.resolve("bundle"));
		Files.writeString(bundle.resolve("organizations.csv"), "id,name,kind,level\nO1,市委,PARTY_COMMITTEE,CITY\n");
		String[] args = { "import", bundle.toString(), "--data-dir", this.dir.resolve("db").toString(),
				"--oversight.bolt.port=0" };
		assertThat(Cli.run(args)).as(() -> this.err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(Cli.run(args)).as(() -> this.err.toString(StandardCharsets.UTF_8)).isZero();
		String printed = this.out.toString(StandardCharsets.UTF_8);
		assertThat(printed).contains("organizations.csv          created       1  updated       0  unchanged       0")
			.contains("organizations.csv          created       0  updated       0  unchanged       1");
	}

	/**
	 * The sample city, every story of it, travels whole: exported, imported into an empty
	 * database and exported again, each file is the same bytes (the transfers between the
	 * same two accounts once came back in another order).
	 */
	@Test
	void theSampleCityExportedAndImportedIntoAnEmptyDatabaseExportsTheSameBytes() throws IOException {
		String port = "--oversight.bolt.port=0";
		String db1 = this.dir.resolve("s1").toString();
		String db2 = this.dir.resolve("s2").toString();
		Path out1 = this.dir.resolve("sample-out1");
		Path out2 = this.dir.resolve("sample-out2");
		assertThat(Cli.run(new String[] { "import", Path.of("import/sample").toAbsolutePath().toString(), "--data-dir",
				db1, port }))
			.isZero();
		assertThat(Cli.run(new String[] { "export", out1.toString(), "--data-dir", db1, port })).isZero();
		assertThat(Cli.run(new String[] { "import", out1.toString(), "--data-dir", db2, port })).isZero();
		assertThat(Cli.run(new String[] { "export", out2.toString(), "--data-dir", db2, port })).isZero();
		try (var files = Files.list(out1)) {
			List<Path> exported = files.filter((f) -> !Files.isDirectory(f)).toList();
			assertThat(exported).extracting((f) -> f.getFileName().toString())
				.contains("lead_shares.csv", "households.csv", "subsidies.csv", "verifications.csv", "transfers.csv");
			for (Path file : exported) {
				if (file.getFileName().toString().equals("manifest.json")) {
					continue;
				}
				assertThat(Files.mismatch(out2.resolve(file.getFileName()), file)).as(file.toString()).isEqualTo(-1);
			}
		}
		assertThat(Files.readAllLines(out1.resolve("lead_shares.csv"))).hasSizeGreaterThan(1);
	}

	@Test
	void exportThenImportIntoAnEmptyDatabaseGivesTheSameGraph() throws IOException {
		Path bundle = Files.createDirectories(this.dir.resolve("bundle"));
		java.util.Map<String, String> bundleFiles = writeRichBundle(bundle);
		String port = "--oversight.bolt.port=0";
		String db1 = this.dir.resolve("db1").toString();
		String db2 = this.dir.resolve("db2").toString();
		assertThat(Cli.run(new String[] { "import", bundle.toString(), "--data-dir", db1, port })).isZero();
		assertThat(Cli.run(new String[] { "export", this.dir.resolve("out1").toString(), "--data-dir", db1, port }))
			.isZero();
		assertThat(Cli.run(new String[] { "import", this.dir.resolve("out1").toString(), "--data-dir", db2, port }))
			.isZero();
		assertThat(Cli.run(new String[] { "export", this.dir.resolve("out2").toString(), "--data-dir", db2, port }))
			.isZero();
		try (var files = Files.list(this.dir.resolve("out1"))) {
			List<Path> exported = files.filter((f) -> f.toString().endsWith(".csv")).toList();
			assertThat(exported).hasSize((int) bundleFiles.keySet().stream().filter((f) -> f.endsWith(".csv")).count());
			for (Path file : exported) {
				assertThat(Files.mismatch(this.dir.resolve("out2").resolve(file.getFileName()), file))
					.as(file.toString())
					.isEqualTo(-1);
			}
		}
		assertThat(Files.readString(this.dir.resolve("out1/verifications.csv")))
			.contains("RT-X1,RT-RL,2023-03-20,false,未整改到位,2023-09-30,inspector,,\nRT-X1,RT-RL,2023-04-30,true");
		assertThat(Files.readString(this.dir.resolve("out1/rectifications.csv"))).contains("县政府网站",
				"\"报销\"\"零白条\"\"，已整改\"");
		Path investigations = this.dir.resolve("out1/investigations.jsonl");
		assertThat(Files.readAllBytes(this.dir.resolve("out2/investigations.jsonl")))
			.isEqualTo(Files.readAllBytes(investigations));
		assertThat(Files.readAllLines(investigations)).hasSize(2)
			.first(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.startsWith("{\"id\":\"RT-INV-1\",\"name\":\"张某关系研判\"")
			.contains("\"version\":3", "\"shared_with\":[\"RT-T1\"]", "\"created_at\":\"2026-11-30T08:00:00.123456Z\"",
					"{\"entity_id\":\"RT-P-ZHANG\",\"x\":10.0,\"y\":-20.5,\"note\":\"局长\",\"pinned\":true,\"group\":\"人\"}",
					"{\"name\":\"paths\",\"variables\":{}}");
		assertThat(Files.readString(this.dir.resolve("out1/manifest.json"))).contains("investigations.jsonl",
				"lead_history.csv", "case_history.csv", "case_leaders.csv");
		assertThat(Files.readAllLines(this.dir.resolve("out1/lead_history.csv"))).hasSize(8)
			.contains(
					"RT-L1,3,INQUIRE,TRANSFERRED,TALK_INQUIRY,纪委,2021-04-10T10:00:00.123456789Z,谈话函询,TALK_INQUIRY,,,");
		assertThat(Files.readString(this.dir.resolve("out1/case_leaders.csv"))).contains("RT-K1,RT-P-WANG");
		assertThat(Files.readString(this.dir.resolve("out1/lead_shares.csv")))
			.contains("RT-L1,RT-T2,请协助核查,组长,2021-04-05T09:00+08:00");
		assertThat(Files.readString(this.dir.resolve("out1/sanctions.csv")))
			.contains("RT-S3,RT-P-WANG,ADMONITION_TALK");
		assertThat(Files.readString(this.dir.resolve("out1/persons.csv"))).contains("5299**********123X")
			.doesNotContain("52990119700101123X");
		assertThat(Files.readString(this.dir.resolve("out1/accounts.csv")))
			.contains("RT-ACC-V1,RT-A1-CZS,PUBLIC,青石镇农商银行,青石镇财政所代管龙井村资金户,RT-A1-V1");
		assertThat(Files.readString(this.dir.resolve("out1/projects.csv"))).contains(",2018-11-01,2019-06-30,1420000");
		assertThat(Files.readString(this.dir.resolve("out1/households.csv")))
			.contains("RT-HH1,赵某户,RT-A1-V1,REGISTERED,MINIMUM_LIVING");
		assertThat(Files.readString(this.dir.resolve("out1/household_members.csv"))).contains("RT-P-LI,RT-HH2,HEAD");
		assertThat(Files.readAllLines(this.dir.resolve("out1/subsidies.csv"))).hasSize(3)
			.anySatisfy(
					(line) -> assertThat(line).startsWith("RT-ACC-V1,RT-HH1,2024-03-20,MINIMUM_LIVING_ALLOWANCE,1860")
						.contains("RT-FUND-DB,一季度低保金"));
	}

	@Test
	void anExcelExportImportedIntoAnEmptyDatabaseExportsTheSameCsv() throws IOException {
		Path bundle = Files.createDirectories(this.dir.resolve("bundle"));
		writeRichBundle(bundle);
		String port = "--oversight.bolt.port=0";
		String db1 = this.dir.resolve("db1").toString();
		String db2 = this.dir.resolve("db2").toString();
		Path book = this.dir.resolve("out/ledger.xlsx");
		assertThat(Cli.run(new String[] { "import", bundle.toString(), "--data-dir", db1, port })).isZero();
		assertThat(Cli.run(new String[] { "export", this.dir.resolve("out1").toString(), "--data-dir", db1, port }))
			.isZero();
		assertThat(Cli.run(new String[] { "export", "--xlsx", book.toString(), "--data-dir", db1, port }))
			.as(() -> this.err.toString(StandardCharsets.UTF_8))
			.isZero();
		assertThat(Cli.run(new String[] { "import", book.toString(), "--dry-run", "--data-dir", db2, port })).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Dry run: nothing written.");
		assertThat(Cli.run(new String[] { "import", book.toString(), "--data-dir", db2, port }))
			.as(() -> this.err.toString(StandardCharsets.UTF_8))
			.isZero();
		assertThat(Cli.run(new String[] { "export", this.dir.resolve("out2").toString(), "--data-dir", db2, port }))
			.isZero();
		try (var files = Files.list(this.dir.resolve("out1"))) {
			List<Path> exported = files.filter((f) -> !f.endsWith("manifest.json")).toList();
			assertThat(exported).hasSizeGreaterThan(20)
				.anyMatch((f) -> f.endsWith("investigations.jsonl"))
				.anyMatch((f) -> f.endsWith("lead_history.csv"));
			for (Path file : exported) {
				assertThat(Files.mismatch(this.dir.resolve("out2").resolve(file.getFileName()), file))
					.as(file.toString())
					.isEqualTo(-1);
			}
		}
		try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(book.toFile())) {
			assertThat(workbook.getSheet("persons").getRow(0).getCell(0).getStringCellValue()).isEqualTo("id");
			assertThat(workbook.getSheet("investigations").getRow(0).getCell(0).getStringCellValue()).isEqualTo("json");
			assertThat(workbook.getSheet("manifest").getRow(3).getCell(1).getStringCellValue())
				.isEqualTo("oversight-graph export");
		}
	}

	@Test
	void reportWritesTheTermsReportAsWord() throws IOException {
		Path bundle = Files.createDirectories(this.dir.resolve("ledger"));
		for (var file : org.oversight.rectification.LedgerFixture.files().entrySet()) {
			Files.writeString(bundle.resolve(file.getKey()), file.getValue().replace("$", "RP-"));
		}
		String db = this.dir.resolve("db").toString();
		String port = "--oversight.bolt.port=0";
		Path out = this.dir.resolve("docs/report.docx");
		assertThat(Cli.run(new String[] { "import", bundle.toString(), "--data-dir", db, port }))
			.as(() -> this.err.toString(StandardCharsets.UTF_8))
			.isZero();
		assertThat(Cli
			.run(new String[] { "report", "--term", "RP-TERM", "--out", out.toString(), "--data-dir", db, port }))
			.as(() -> this.err.toString(StandardCharsets.UTF_8))
			.isZero();
		try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(out))) {
			assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("第七届巡察工作情况报告");
			List<String> figures = doc.getTables()
				.get(0)
				.getRows()
				.stream()
				.map((r) -> r.getCell(0).getText() + "=" + r.getCell(1).getText())
				.toList();
			// The ledger's figures as RatesIT computes them by hand.
			assertThat(figures).contains("发现问题=5", "反馈问题=4", "完成整改=2", "整改落实率（%）=50.0", "修订制度=1");
		}
	}

	/**
	 * Writes a bundle with a bit of everything (every feature's own file too) and returns
	 * its files' texts.
	 */
	private static java.util.Map<String, String> writeRichBundle(Path bundle) throws IOException {
		java.util.Map<String, String> bundleFiles = new java.util.HashMap<>(org.oversight.Fixtures.smallCity());
		// A team, and saved investigations drawn on the city, one shared with the team.
		bundleFiles.put("rounds.csv",
				"id,name,committee_id,type,start_date,end_date\n$R1,市委常规巡察,$CITY,REGULAR,2021-03-01,\n"
						+ "$RL,市委巡察回头看,$CITY,LOOKBACK,2023-03-01,2023-05-31\n");
		bundleFiles.put("teams.csv", "id,round_id,name\n$T1,$R1,市委第一巡察组\n$T2,$R1,市委第二巡察组\n$TL,$RL,回头看组\n");
		// The clue chain: a lead with its history (a two-step transfer, 谈话函询 then 初步核实,
		// 立案, 结案), its case with its steps and 一案双查, a party and a government sanction,
		// and
		// an admonition outside a case that follows from a finding.
		bundleFiles.put("leads.csv", """
				id,team_id,source,status,created_date,finding_id,org_id,disposal,transferred_to,green_channel
				$L1,$T1,INSPECTION,CASE_CONCLUDED,2021-04-02,$F1,,PRELIMINARY_VERIFICATION,$A,true
				$L2,$T1,PETITION,TRANSFER_PROPOSED,2021-04-03,,$A-JY,,,
				""");
		bundleFiles.put("cases.csv",
				"id,opened_date,lead_id,handled_by,status,closed_date\n$K1,2021-05-01,$L1,$A,CLOSED,2021-09-30\n");
		bundleFiles.put("case_subjects.csv", "case_id,person_id\n$K1,$P-ZHANG\n");
		bundleFiles.put("case_leaders.csv", "case_id,person_id\n$K1,$P-WANG\n");
		bundleFiles.put("lead_shares.csv", "lead_id,team_id,note,by,at\n$L1,$T2,请协助核查,组长,2021-04-05T09:00+08:00\n");
		bundleFiles.put("sanctions.csv", """
				id,person_id,type,date,case_id,finding_id,name,reason
				$S1,$P-ZHANG,PARTY_POST_REMOVAL,2021-09-30,$K1,,张某：撤销党内职务,"违纪,撤销党内职务"
				$S2,$P-ZHANG,GOV_REMOVAL,2021-09-30,$K1,,张某：撤职,
				$S3,$P-WANG,ADMONITION_TALK,2021-10-15,,$F1,王某某：约谈,整改不力
				$S4,$P-ZHANG,ADMONITION_TALK,2023-06-01,,,,
				""");
		bundleFiles.put("lead_history.csv",
				"""
						lead_id,seq,step,from,to,by,at,reason,disposal,transfer_to,green_channel,case_id
						$L1,1,PROPOSE_TRANSFER,OPEN,TRANSFER_PROPOSED,组长,2021-04-02T09:00+08:00,提出移交,,$A,true,
						$L1,2,APPROVE_TRANSFER,TRANSFER_PROPOSED,TRANSFERRED,巡察办,2021-04-03T10:00+08:00,同意移交,,$A,,
						$L1,3,INQUIRE,TRANSFERRED,TALK_INQUIRY,纪委,2021-04-10T10:00:00.123456789Z,谈话函询,TALK_INQUIRY,,,
						$L1,4,VERIFY_AFTER_INQUIRY,TALK_INQUIRY,PRELIMINARY_VERIFICATION,纪委,2021-04-20T10:00+08:00,"未澄清,初核",PRELIMINARY_VERIFICATION,,,
						$L1,5,OPEN_CASE,PRELIMINARY_VERIFICATION,CASE_OPENED,纪委,2021-05-01T10:00+08:00,立案,,,,$K1
						$L1,6,CONCLUDE,CASE_OPENED,CASE_CONCLUDED,纪委,2021-09-30T17:00+08:00,结案,,,,$K1
						$L2,1,PROPOSE_TRANSFER,OPEN,TRANSFER_PROPOSED,组长,2021-04-04T09:00+08:00,提出移交,,$A,,
						""");
		bundleFiles.put("case_history.csv", """
				case_id,seq,step,from,to,by,at,reason
				$K1,1,INVESTIGATE,OPEN,INVESTIGATION,纪委,2021-05-01T11:00+08:00,审查调查
				$K1,2,TRY,INVESTIGATION,TRIAL,纪委,2021-08-01T11:00+08:00,移送审理
				$K1,3,CONCLUDE,TRIAL,CLOSED,纪委,2021-09-30T16:00+08:00,结案
				""");
		// The ledger (its findings are the ones the clue chain's lead and admonition
		// follow from).
		bundleFiles.putAll(ledger());
		bundleFiles.merge("organizations.csv", "$CITY-CZ,黔安市财政局,DEPARTMENT,CITY,$CITY,FINANCE,$R-CITY\n",
				String::concat);
		// The committee's own bodies, a dispatched group stationed at a bureau, the
		// province and
		// its 巡视 linked with the city's round (省市县联动).
		bundleFiles.put("organizations.csv",
				bundleFiles.get("organizations.csv")
					.replace("id,name,kind,level,parent_id,sector,region_id\n",
							"id,name,kind,level,parent_id,sector,region_id,stationed_at_id\n")
					.replaceAll("(?m)^(\\$.*)$", "$1,")
						+ "$PROV,黔中省委,PARTY_COMMITTEE,PROVINCE,,,,\n$CITY-JW,黔安市纪委监委,DISCIPLINE_BODY,CITY,$CITY,,,\n"
						+ "$CITY-XCB,黔安市委巡察办,INSPECTION_OFFICE,CITY,$CITY,,,\n"
						+ "$CITY-PZ,市纪委监委派驻第一纪检监察组,DISPATCHED_GROUP,CITY,$CITY-JW,,,$CITY-JT\n"
						+ "$A1-CZS,青石镇财政所,FINANCE_OFFICE,TOWNSHIP,$A1,FINANCE,,\n"
						+ "$A1-V1,青石镇龙井村党支部,VILLAGE,VILLAGE,$A1,GRASSROOTS,,\n");
		// 村账乡代管: the finance office's account kept for the village, the 低保 fund paid
		// into it and on to two households (one with a member), as subsidies.
		bundleFiles.put("funds.csv",
				"id,name,program,source_org_id,amount,year\n$FUND-DB,2024年低保资金,城乡最低生活保障,$A,3720,2024\n");
		bundleFiles.put("accounts.csv", "id,holder_id,kind,bank,name,kept_for_id\n$ACC-A,$A,PUBLIC,,安平县财政局国库户,\n"
				+ "$ACC-V1,$A1-CZS,PUBLIC,青石镇农商银行,青石镇财政所代管龙井村资金户,$A1-V1\n");
		bundleFiles.put("transfers.csv",
				"id,from_account_id,to_account_id,amount,date,kind,fund_id,project_id,purpose\n"
						+ "$TR-DB,$ACC-A,$ACC-V1,3720,2024-03-12,ALLOCATION,$FUND-DB,,拨付低保资金\n");
		// A project with its plan and final account beside the actual dates and budget.
		bundleFiles.put("projects.csv", "id,name,org_id,sector,budget,start_date,end_date,unit,accepted_quantity,"
				+ "measured_quantity,planned_start_date,planned_end_date,final_account\n"
				+ "$PRJ-ROAD,青石镇通村道路,$A-JT,TRANSPORT,1200000,2019-03-01,2019-10-30,米,3200,3000,2018-11-01,2019-06-30,1420000\n");
		bundleFiles.put("households.csv", "id,name,village_id,poverty_status,allowance\n"
				+ "$HH1,赵某户,$A1-V1,REGISTERED,MINIMUM_LIVING\n$HH2,钱某户,$A1-V1,,\n");
		bundleFiles.put("household_members.csv", "person_id,household_id,role\n$P-LI,$HH2,HEAD\n");
		bundleFiles.put("subsidies.csv",
				"from_account_id,household_id,date,kind,amount,fund_id,purpose\n"
						+ "$ACC-V1,$HH1,2024-03-20,MINIMUM_LIVING_ALLOWANCE,1860,$FUND-DB,一季度低保金\n"
						+ "$ACC-V1,$HH2,2024-03-20,MINIMUM_LIVING_ALLOWANCE,1860,$FUND-DB,\n");
		bundleFiles.merge("rounds.csv", "$RP,黔中省委第一轮巡视,$PROV,PROVINCIAL_TOUR,2021-03-01,2021-04-30\n", String::concat);
		bundleFiles.put("pool_members.csv", "person_id,committee_id,pool,specialty,available,note\n"
				+ "$P-WANG,$CITY,LEADER,GENERAL,true,\n$P-LI,$CITY,TALENT,AUDIT,false,借调省审计厅\n$P-LI,$CITY,TALENT,FINANCE,,\n");
		bundleFiles.merge("joint_rounds.csv", "round_id,partner_round_id\n$RP,$R1\n",
				(old, added) -> old + added.substring(added.indexOf('\n') + 1));
		bundleFiles.put("investigations.jsonl",
				"""
						{"id":"$INV-2","name":"空白","owner":"admin","created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"}
						{"id":"$INV-1","name":"张某关系研判","note":"交通局","layout":"FORCE","owner":"analyst","version":3,\
						"created_at":"2026-11-30T08:00:00.123456Z","updated_at":"2026-12-01T09:30:00+08:00","updated_by":"analyst",\
						"shared_with":["$T1"],"nodes":[{"group":"人","entity_id":"$P-ZHANG","x":10,"y":-20.5,"note":"局长",\
						"pinned":true},{"entity_id":"$C-ROAD"}],"queries":[{"name":"neighborhood","variables":{"id":"$P-ZHANG",\
						"hops":2,"types":["HOLDS_POSITION"]}},{"name":"paths"}]}
						""");
		for (var file : bundleFiles.entrySet()) {
			Files.writeString(bundle.resolve(file.getKey()), file.getValue().replace("$", "RT-"));
		}
		return bundleFiles;
	}

	/**
	 * The ledger with everything it records: the five lists, a task fixed on the spot,
	 * the secretary's sign-off and publication, a failed then a passed revisit of one
	 * task, accountability, and a hand-over to the finance bureau with its answer and the
	 * rule that followed.
	 */
	private static java.util.Map<String, String> ledger() {
		return java.util.Map.of("findings.csv", """
				id,team_id,org_id,category,found_date,sector,title
				$F1,$T1,$A-JT,FINANCIAL_MISMANAGEMENT,2021-04-01,TRANSPORT,白条入账
				$F2,$T1,$A-JY,FINANCIAL_MISMANAGEMENT,2021-04-02,EDUCATION,账目混乱
				""", "rectifications.csv",
				"""
						id,finding_id,problem,task,deadline,status,responsible_org_id,responsible_person_id,supervisor_id,supervision,completed_date,evidence,effect,on_the_spot,signed_by,signed_date,published_date,published_in
						$X1,$F1,"白条入账, 12笔",规范报销,2021-12-31,VERIFIED,$A-JT,$P-ZHANG,$CITY,督办函,2023-04-10,凭证,"报销""零白条""，已整改",,$P-ZHANG,2021-12-20,2022-01-05,县政府网站
						$X2,$F2,,当场清理账目,2021-04-02,DONE,$A-JY,,,,2021-04-02,清理记录,,true,,,,
						""",
				"verifications.csv", """
						rectification_id,round_id,date,passed,note,new_deadline,by
						$X1,$RL,2023-04-30,true,,,inspector
						$X1,$RL,2023-03-20,false,未整改到位,2023-09-30,inspector
						""", "accountability.csv", """
						sanction_id,rectification_id
						$S4,$X1
						""", "handovers.csv", """
						id,regulator_id,handed_date,category,summary,answer,answered_date
						$H1,$CITY-CZ,2022-06-01,FINANCIAL_MISMANAGEMENT,财务管理不规范,已完善制度,2022-09-01
						""", "handover_findings.csv", """
						handover_id,finding_id
						$H1,$F1
						$H1,$F2
						""", "institutional_fixes.csv", """
						id,name,org_id,issued_date,finding_id,handover_id
						$FX1,财务管理制度,$CITY-CZ,2022-10-01,,$H1
						""");
	}

	@Test
	void userAddReadsThePasswordFromStandardInputAndChecksTheBinding() throws IOException {
		String db = this.dir.resolve("db").toString();
		var stdin = System.in;
		try {
			System.setIn(new java.io.ByteArrayInputStream("a-long-password\n".getBytes(StandardCharsets.UTF_8)));
			assertThat(Cli.run(new String[] { "user", "add", "analyst1", "--role", "ANALYST", "--data-dir", db,
					"--oversight.bolt.port=0" }))
				.as(() -> this.err.toString(StandardCharsets.UTF_8))
				.isZero();
			System.setIn(new java.io.ByteArrayInputStream("a-long-password\n".getBytes(StandardCharsets.UTF_8)));
			assertThat(Cli.run(new String[] { "user", "add", "inspector1", "--role", "INSPECTOR", "--person", "NOBODY",
					"--data-dir", db, "--oversight.bolt.port=0" }))
				.isOne();
			assertThat(Cli.run(new String[] { "user", "add", "x", "--role", "CHIEF" })).isEqualTo(2);
		}
		finally {
			System.setIn(stdin);
		}
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("User 'analyst1' saved with role ANALYST");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("person: 'NOBODY' is not a person");
	}

}
