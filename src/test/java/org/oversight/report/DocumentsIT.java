package org.oversight.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.TestGraphQl;
import org.oversight.ingest.Importer;
import org.oversight.rectification.LedgerFixture;
import org.oversight.security.Role;
import org.oversight.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents read back with POI hold what the API answers, for the same caller.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsIT {

	static final String PASSWORD = "a-long-test-password";

	@Autowired
	WebTestClient client;

	@Autowired
	HttpGraphQlTester admin;

	@Autowired
	Importer importer;

	@Autowired
	UserService users;

	String p;

	@BeforeAll
	void load() {
		this.p = TestData.prefix();
		Map<String, String> files = new HashMap<>(LedgerFixture.files());
		files.put("persons.csv", LedgerFixture.files().get("persons.csv") + "$P-INS,巡察干部\n");
		files.put("team_members.csv", "person_id,team_id,role\n$P-INS,$T1,MEMBER\n");
		files.put("leads.csv", LedgerFixture.files().get("leads.csv") + "$L2,$T0,PETITION,OPEN,2023-01-01,\n");
		files.put("lead_links.csv", "lead_id,entity_id,role\n$L2,$D3,SUBJECT\n");
		TestData.load(this.importer, this.p, files);
		this.users.save(this.p + "inspector", PASSWORD, Role.INSPECTOR, this.p + "P-INS", null, null);
	}

	@Test
	void theFigureTableInExcelHoldsTheApisFigures() throws IOException {
		Map<String, Object> totals = view(this.admin).path("figureView.totals").entity(Map.class).get();
		GraphQlTester.Response export = this.admin.documentName("exportTable")
			.variable("table", "FIGURES")
			.variable("termId", this.p + "TERM")
			.execute();
		Map<String, Object> file = export.path("exportTable").entity(Map.class).get();
		assertThat(file.get("fileName")).isEqualTo("巡察工作数据（第七届·本级）.xlsx");
		assertThat((String) file.get("filter")).contains("termId = " + this.p + "TERM");
		List<List<String>> sheet = sheet((String) file.get("base64"));
		assertThat(sheet.get(0)).containsExactly("巡察工作数据");
		assertThat(sheet.get(1).get(0)).startsWith("筛选条件：termId = " + this.p + "TERM");
		assertThat(sheet.get(3)).containsExactly("指标", "数值");
		Map<String, String> figures = new HashMap<>();
		sheet.subList(4, sheet.size()).forEach((row) -> figures.put(row.get(0), row.get(1)));
		assertThat(figures).containsEntry("发现问题", number(totals.get("problemsFound")))
			.containsEntry("问题线索", number(totals.get("leads")))
			.containsEntry("反馈问题", number(totals.get("fedBack")))
			.containsEntry("完成整改", number(totals.get("rectified")))
			.containsEntry("整改落实率（%）", number(totals.get("rectificationRate")))
			.containsEntry("修订制度", number(totals.get("rulesRevised")));
		assertThat(totals.get("problemsFound")).isNotEqualTo(0);
	}

	@Test
	void aFilteredListInExcelHoldsExactlyTheListsRowsWithChineseHeaders() throws IOException {
		Map<String, Object> filter = Map.of("sector", List.of("EDUCATION"));
		List<Map<String, Object>> nodes = this.admin.documentName("listIds")
			.variable("findingFilter", filter)
			.execute()
			.path("findings.nodes")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.filter((m) -> ((String) m.get("id")).startsWith(this.p))
			.toList();
		Map<String, Object> file = this.admin.documentName("exportTable")
			.variable("table", "FINDINGS")
			.variable("findingFilter", filter)
			.variable("sort", List.of(Map.of("field", "foundDate", "direction", "DESC")))
			.execute()
			.path("exportTable")
			.entity(Map.class)
			.get();
		List<List<String>> sheet = sheet((String) file.get("base64"));
		assertThat(sheet.get(1).get(0)).contains("sector = EDUCATION", "排序 foundDate 降序", "仅含导出人可见的记录");
		List<String> headers = sheet.get(3);
		assertThat(headers).startsWith("编号").contains("问题类别", "发现日期", "行业领域", "涉及金额（元）", "被巡察单位");
		int category = headers.indexOf("问题类别");
		int organization = headers.indexOf("被巡察单位");
		Map<String, String> rows = new HashMap<>();
		sheet.subList(4, sheet.size())
			.stream()
			.filter((row) -> row.get(0).startsWith(this.p))
			.forEach((row) -> rows.put(row.get(0), row.get(category) + "|" + row.get(organization)));
		Map<String, String> expected = new HashMap<>();
		nodes.forEach((n) -> expected.put((String) n.get("id"),
				n.get("categoryZh") + "|" + ((Map<String, Object>) n.get("organization")).get("name")));
		assertThat(rows).isNotEmpty().isEqualTo(expected);
		assertThat((int) file.get("rows")).isGreaterThanOrEqualTo(expected.size());
	}

	@Test
	void anInspectorsExportHoldsOnlyTheLeadsTheInspectorMaySee() throws IOException {
		HttpGraphQlTester inspector = TestGraphQl.as(this.client, this.p + "inspector", PASSWORD);
		List<String> adminLeads = leadIds(this.admin);
		List<String> inspectorLeads = leadIds(inspector);
		assertThat(adminLeads).contains(this.p + "L2");
		assertThat(inspectorLeads).doesNotContain(this.p + "L2");
		Map<String, Object> file = inspector.documentName("exportTable")
			.variable("table", "LEADS")
			.execute()
			.path("exportTable")
			.entity(Map.class)
			.get();
		List<String> exported = sheet((String) file.get("base64")).stream()
			.skip(4)
			.map((r) -> r.get(0))
			.filter((id) -> id.startsWith(this.p))
			.toList();
		assertThat(exported).containsExactlyInAnyOrderElementsOf(inspectorLeads);
	}

	@Test
	void theTermReportInWordHoldsTheApisFiguresInChineseFonts() throws IOException {
		GraphQlTester.Response view = view(this.admin);
		Map<String, Object> totals = view.path("figureView.totals").entity(Map.class).get();
		List<Map<String, Object>> sectors = view.path("figureView.bySector")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		List<Map<String, Object>> coverage = view.path("coverage")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		Map<String, Object> file = this.admin.documentName("termReport")
			.variable("termId", this.p + "TERM")
			.execute()
			.path("termReport")
			.entity(Map.class)
			.get();
		assertThat(file.get("fileName")).isEqualTo("第七届巡察工作情况报告.docx");
		try (XWPFDocument doc = new XWPFDocument(
				new ByteArrayInputStream(Base64.getDecoder().decode((String) file.get("base64"))))) {
			XWPFRun title = doc.getParagraphs().get(0).getRuns().get(0);
			assertThat(title.text()).isEqualTo("第七届巡察工作情况报告");
			assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
			assertThat(doc.getParagraphs().get(2).getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia))
				.isEqualTo("宋体");
			assertThat(doc.getParagraphs().get(2).getText()).contains("发现问题" + totals.get("problemsFound") + "个");
			assertThat(doc.getParagraphs()).anyMatch((para) -> para.getText().startsWith("注：整改落实率 = 完成整改问题数 ÷ 反馈问题数"));
			List<List<String>> figures = cells(doc.getTables().get(0));
			assertThat(figures.get(0)).containsExactly("指标", "数值");
			assertThat(figures).contains(List.of("发现问题", String.valueOf(totals.get("problemsFound"))),
					List.of("反馈问题", String.valueOf(totals.get("fedBack"))),
					List.of("完成整改", String.valueOf(totals.get("rectified"))),
					List.of("整改落实率（%）", String.valueOf(totals.get("rectificationRate"))));
			List<List<String>> bySector = cells(doc.getTables().get(1));
			assertThat(bySector).hasSize(sectors.size() + 1);
			for (int i = 0; i < sectors.size(); i++) {
				Map<String, Object> f = (Map<String, Object>) sectors.get(i).get("figures");
				assertThat(bySector.get(i + 1).get(0)).isEqualTo(sectors.get(i).get("label"));
				assertThat(bySector.get(i + 1).get(1)).isEqualTo(String.valueOf(f.get("problemsFound")));
				assertThat(bySector.get(i + 1).get(9)).isEqualTo(String.valueOf(f.get("fedBack")));
			}
			List<List<String>> covered = cells(doc.getTables().get(doc.getTables().size() - 1));
			assertThat(covered.get(0)).containsExactly("层级", "应巡察单位", "已巡察单位", "覆盖率（%）");
			assertThat(covered).hasSize(coverage.size() + 1);
			for (int i = 0; i < coverage.size(); i++) {
				assertThat(covered.get(i + 1).subList(1, 4)).containsExactly(
						String.valueOf(coverage.get(i).get("organizations")),
						String.valueOf(coverage.get(i).get("covered")), text(coverage.get(i).get("rate")));
			}
		}
	}

	private GraphQlTester.Response view(HttpGraphQlTester tester) {
		return tester.documentName("figureViewTotals").variable("termId", this.p + "TERM").execute();
	}

	private List<String> leadIds(HttpGraphQlTester tester) {
		return tester.documentName("listIds")
			.execute()
			.path("leads.nodes[*].id")
			.entityList(String.class)
			.get()
			.stream()
			.filter((id) -> id.startsWith(this.p))
			.toList();
	}

	private static String text(Object value) {
		return (value == null) ? "—" : String.valueOf(value);
	}

	/** A number as Excel shows it in a general cell: 3, 66.67. */
	private static String number(Object value) {
		if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
			return String.valueOf(n.longValue());
		}
		return String.valueOf(value);
	}

	private static List<List<String>> cells(XWPFTable table) {
		List<List<String>> rows = new ArrayList<>();
		table.getRows().forEach((r) -> rows.add(r.getTableCells().stream().map((c) -> c.getText()).toList()));
		return rows;
	}

	private static List<List<String>> sheet(String base64) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < row.getLastCellNum(); c++) {
						cells.add((row.getCell(c) == null) ? "" : format.formatCellValue(row.getCell(c)));
					}
				}
				rows.add(cells);
			}
			return rows;
		}
	}

}
