package org.oversight.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.ingest.Importer;
import org.oversight.insight.CockpitFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table of the cockpit to Excel (#14), read back with POI: Chinese headers, the
 * filter that produced it (term, scope, day) in the sheet and the file's name, and the
 * rows the API answers for the same question.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CockpitExportIT {

	@Autowired
	HttpGraphQlTester admin;

	@Autowired
	Importer importer;

	String p;

	@BeforeAll
	void load() {
		this.p = TestData.prefix();
		TestData.load(this.importer, this.p, CockpitFixture.files());
	}

	private Map<String, Object> export(String table, Map<String, Object> variables) {
		var request = this.admin.documentName("exportCockpitTable").variable("table", table);
		for (Map.Entry<String, Object> v : variables.entrySet()) {
			request = request.variable(v.getKey(), v.getValue());
		}
		return request.execute().path("exportTable").entity(Map.class).get();
	}

	/** The workbook's sheets, each as rows of formatted cells. */
	static List<List<List<String>>> sheets(String base64) throws IOException {
		List<List<List<String>>> sheets = new ArrayList<>();
		DataFormatter format = new DataFormatter();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
			for (Sheet sheet : workbook) {
				List<List<String>> rows = new ArrayList<>();
				for (int r = 0; r <= sheet.getLastRowNum(); r++) {
					Row row = sheet.getRow(r);
					List<String> cells = new ArrayList<>();
					for (int i = 0; row != null && i < row.getLastCellNum(); i++) {
						cells.add((row.getCell(i) != null) ? format.formatCellValue(row.getCell(i)) : "");
					}
					rows.add(cells);
				}
				sheets.add(rows);
			}
		}
		return sheets;
	}

	@Test
	void theRectificationTableHoldsTheOverdueTasksAndFailedRevisitsOfEachRound() throws IOException {
		Map<String, Object> file = export("RECTIFICATION_RATES",
				Map.of("termId", this.p + "TERM", "asOf", "2024-01-01"));
		assertThat(file.get("fileName")).isEqualTo("整改落实情况（第七届·本级·截至2024-01-01）.xlsx");
		List<List<String>> sheet = sheets((String) file.get("base64")).get(0);
		assertThat(sheet.get(1).get(0))
			.isEqualTo("筛选条件：termId = " + this.p + "TERM（届次：第七届）；范围：本级；截至 2024-01-01；仅含导出人可见的线索与案件；按巡察轮次");
		assertThat(sheet.get(3)).containsExactly("巡察轮次", "反馈问题", "完成整改", "整改落实率（%）", "整改任务", "逾期任务", "回头看未通过（次）", "口径");
		List<Map<String, Object>> api = this.admin
			.document("query($t: ID) { rectificationRates(by: ROUND, termId: $t, asOf: \"2024-01-01\") { label fedBack "
					+ "rectified tasks overdue failedVerifications } }")
			.variable("t", this.p + "TERM")
			.execute()
			.path("rectificationRates")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		List<String> rows = sheet.subList(4, sheet.size())
			.stream()
			.map((r) -> r.get(0) + "/" + r.get(1) + "/" + r.get(2) + "/" + r.get(4) + "/" + r.get(5) + "/" + r.get(6))
			.toList();
		assertThat(rows).isEqualTo(api.stream()
			.map((r) -> r.get("label") + "/" + r.get("fedBack") + "/" + r.get("rectified") + "/" + r.get("tasks") + "/"
					+ r.get("overdue") + "/" + r.get("failedVerifications"))
			.toList());
		// F3's only task failed its revisit: as of the day, F1 alone of the round is
		// rectified.
		assertThat(rows).contains("第一轮/3/1/4/2/1");
	}

	@Test
	void theOverdueDrillDownInExcelListsExactlyItsTasks() throws IOException {
		Map<String, Object> file = export("LEDGER_RECORDS", Map.of("termId", this.p + "TERM", "asOf", "2024-01-01",
				"records", "OVERDUE", "by", "ROUND", "key", this.p + "R1"));
		assertThat(file.get("fileName")).isEqualTo("逾期整改任务清单（第七届·本级·截至2024-01-01）.xlsx");
		assertThat((String) file.get("filter")).endsWith("；巡察轮次 = " + this.p + "R1");
		List<List<String>> sheet = sheets((String) file.get("base64")).get(0);
		assertThat(sheet.get(3)).containsExactly("编号", "整改任务", "所涉问题", "责任单位", "整改时限", "状态", "逾期", "回头看未通过（次）", "完成日期");
		assertThat(sheet.subList(4, sheet.size())).extracting((r) -> r.get(0) + "|" + r.get(3) + "|" + r.get(4))
			.containsExactly(this.p + "X3|市教育局|2022-06-30", this.p + "X4|市卫健委|2023-06-30");
		assertThat(file.get("rows")).isEqualTo(2);
	}

	@Test
	void coverageOfACountyInExcelStatesItsScopeAndListsTheUninspected() throws IOException {
		Map<String, Object> file = export("COVERAGE", Map.of("termId", this.p + "TERM", "committeeId", this.p + "C"));
		assertThat(file.get("fileName")).isEqualTo("巡察全覆盖（第七届·某县委）.xlsx");
		assertThat((String) file.get("filter")).contains("范围：某县委（committeeId = " + this.p + "C）");
		List<List<List<String>>> sheets = sheets((String) file.get("base64"));
		assertThat(sheets).hasSize(2);
		assertThat(sheets.get(0).get(3)).containsExactly("层级", "应巡察单位", "已巡察", "未巡察", "覆盖率（%）");
		assertThat(sheets.get(0).subList(4, sheets.get(0).size())).singleElement()
			.satisfies((r) -> assertThat(r.subList(1, 4)).containsExactly("2", "1", "1"));
		assertThat(sheets.get(1).subList(4, sheets.get(1).size())).extracting((r) -> r.get(0) + "|" + r.get(1))
			.containsExactly(this.p + "C-1|某县教育局");
	}

	@Test
	void systemicIssuesInExcelCarryTheirHandOverAndTheRegulatorsAnswer() throws IOException {
		Map<String, Object> file = export("SYSTEMIC_ISSUES", Map.of("termId", this.p + "TERM"));
		List<List<String>> sheet = sheets((String) file.get("base64")).get(0);
		assertThat(sheet.get(3)).containsExactly("行业领域", "问题类别", "涉及单位", "巡察单位", "占比（%）", "问题数", "涉及单位名单", "行业主管部门",
				"移交情况", "主管部门反馈");
		// The default thresholds (3 organizations, 30%) leave the small fixture without a
		// systemic issue.
		assertThat(sheet).hasSize(4);
		assertThat((String) file.get("filter")).contains("涉及至少3个单位");
	}

	@Test
	void theOtherFigureTablesOfTheCockpitComeWithChineseHeaders() throws IOException {
		Map<String, List<String>> headers = Map.of("FIGURE_RATES", List.of("口径", "分子", "分母", "整改落实率（%）"),
				"SANCTIONS_BY_TYPE", List.of("种类", "形态", "人数", "人次"), "REPORTED_FIGURES",
				List.of("指标", "口径", "报送数", "报送分子/分母之比", "系统计算数", "差额", "来源", "报送日期", "计算截至", "核对"));
		for (Map.Entry<String, List<String>> e : headers.entrySet()) {
			Map<String, Object> file = export(e.getKey(), Map.of("termId", this.p + "TERM", "combined", true));
			assertThat((String) file.get("fileName")).as(e.getKey()).endsWith("（第七届·市县合计）.xlsx");
			assertThat(sheets((String) file.get("base64")).get(0).get(3)).as(e.getKey())
				.containsExactlyElementsOf(e.getValue());
		}
		List<List<String>> rates = sheets(
				(String) export("FIGURE_RATES", Map.of("termId", this.p + "TERM")).get("base64"))
			.get(0);
		assertThat(rates.subList(4, rates.size())).extracting((r) -> r.get(0))
			.containsExactly("按反馈问题计", "按整改任务计", "仅计验收销号", "仅计已到期");
	}

	@Test
	void aTableOfAnotherListIsRefusedTheCockpitsArguments() {
		this.admin.documentName("exportCockpitTable")
			.variable("table", "FIGURES")
			.variable("termId", this.p + "TERM")
			.variable("records", "OVERDUE")
			.execute()
			.errors()
			.expect((e) -> e.getMessage().contains("records is for LEDGER_RECORDS"));
	}

}
