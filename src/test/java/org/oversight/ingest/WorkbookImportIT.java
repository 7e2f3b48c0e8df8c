package org.oversight.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.TestData;
import org.oversight.graph.Cypher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ledgers kept in Excel: a workbook of one sheet per file imports as the CSV bundle
 * would, typed cells read as their text, and errors name the sheet, row and column.
 */
@SpringBootTest
class WorkbookImportIT {

	@Autowired
	Importer importer;

	@Autowired
	Cypher cypher;

	@TempDir
	Path dir;

	String p;

	@BeforeEach
	void prefix() {
		this.p = TestData.prefix();
	}

	@Test
	void typedCellsImportAsTheirTextAndAgainChangeNothing() throws IOException {
		Path book = ledger(false);

		ImportReport dry = run(book, true, false);
		assertThat(dry.ok()).as(dry.errors().toString()).isTrue();
		assertThat(dry.dryRun()).isTrue();
		assertThat(dry.total().created()).isEqualTo(4);
		assertThat(entities()).as("a dry run writes nothing").isZero();

		ImportReport first = run(book, false, false);
		assertThat(first.ok()).as(first.errors().toString()).isTrue();
		assertThat(first.counts().get("persons.csv").created()).isEqualTo(1);
		assertThat(entities()).isEqualTo(4);
		assertThat(value("MATCH (n {id: $id}) RETURN toString(n.birthYear) + ' ' + toString(n.partyMember)", "P-ZHANG"))
			.isEqualTo("1970 true");
		assertThat(value("MATCH (n {id: $id}) RETURN toString(n.budget) + ' ' + toString(n.startDate)"
				+ " + ' ' + toString(n.endDate)", "PRJ-ROAD"))
			.isEqualTo("1200000.5 2019-03-01 2019-10-30");
		assertThat(value("MATCH (n {id: $id})-[:PART_OF]->(p) RETURN p.name", "JT")).isEqualTo("黔安市委");

		ImportReport second = run(book, false, false);
		assertThat(second.total().created()).isZero();
		assertThat(second.total().updated()).isZero();
		assertThat(second.total().unchanged()).isEqualTo(4);
	}

	@Test
	void aBadCellIsRefusedWithSheetRowAndColumnAndNothingIsWritten() throws IOException {
		Path book = ledger(true);

		ImportReport report = run(book, false, false);

		assertThat(report.ok()).isFalse();
		assertThat(report.errors()).map(ImportError::toString)
			.contains(
					"ledger.xlsx:organizations:4: level: 'TOWN' is not one of PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE",
					"ledger.xlsx:persons:2: birth_year: the cell holds the error #DIV/0!",
					"ledger.xlsx:projects:2: budget: '-5' must be a non-negative number",
					"ledger.xlsx:notes:0: -: not a file of the import format");
		assertThat(entities()).isZero();
	}

	@Test
	void badRowsCanBeSkippedButAnUnknownSheetStillRefuses() throws IOException {
		Path book = ledger(true);
		assertThat(run(book, false, true).ok()).isFalse();
		try (var workbook = new XSSFWorkbook(Files.newInputStream(book))) {
			workbook.removeSheetAt(workbook.getSheetIndex("notes"));
			try (OutputStream out = Files.newOutputStream(book)) {
				workbook.write(out);
			}
		}

		ImportReport report = run(book, false, true);

		assertThat(report.ok()).as(report.errors().toString()).isTrue();
		assertThat(report.skipped()).map(ImportError::toString)
			.contains(
					"ledger.xlsx:organizations:4: level: 'TOWN' is not one of PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE");
		// The city and its transport bureau; the bad organization, the person with the
		// error cell and the project with the negative budget are left out.
		assertThat(entities()).isEqualTo(2);
	}

	private ImportReport run(Path book, boolean dryRun, boolean skip) {
		return this.importer.run(Workbooks.read(book), new ImportOptions(dryRun, skip, "test", "test", 5000),
				ImportProgress.NONE);
	}

	private long entities() {
		return TestData.count(this.cypher, "MATCH (n:Entity) WHERE n.id STARTS WITH $p RETURN count(n)",
				Map.of("p", this.p));
	}

	private String value(String query, String id) {
		return this.cypher.read(query, Map.of("id", this.p + id), (r) -> r.get(0).asString()).get(0);
	}

	/**
	 * A small ledger as an office keeps it: text ids, a typed year and boolean, a typed
	 * amount and date cells (one written as text), a blank row; with {@code bad}, a bad
	 * code, an error cell, a negative amount and a sheet that is no file of the format.
	 */
	private Path ledger(boolean bad) throws IOException {
		Path book = this.dir.resolve("ledger.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			Sheet orgs = workbook.createSheet("organizations");
			row(orgs, 0, "id", "name", "kind", "level", "parent_id");
			row(orgs, 1, this.p + "CITY", "黔安市委", "PARTY_COMMITTEE", "CITY", "");
			row(orgs, 2, this.p + "JT", "黔安市交通运输局", "DEPARTMENT", "CITY", this.p + "CITY");
			if (bad) {
				row(orgs, 3, this.p + "X", "某局", "DEPARTMENT", "TOWN", this.p + "CITY");
			}
			Sheet persons = workbook.createSheet("persons");
			row(persons, 0, "id", "name", "gender", "birth_year", "party_member");
			Row zhang = row(persons, 1, this.p + "P-ZHANG", "张某", "M");
			if (bad) {
				zhang.createCell(3).setCellErrorValue(FormulaError.DIV0.getCode());
			}
			else {
				zhang.createCell(3).setCellValue(1970);
			}
			zhang.createCell(4).setCellValue(true);
			Sheet projects = workbook.createSheet("projects");
			row(projects, 0, "id", "name", "org_id", "budget", "start_date", "end_date");
			// Row 2 is left blank: blank rows are passed over.
			Row road = row(projects, 2, this.p + "PRJ-ROAD", "青石镇通村道路", this.p + "JT");
			road.createCell(3).setCellValue(bad ? -5 : 1200000.5);
			road.createCell(4).setCellValue(LocalDate.of(2019, 3, 1));
			road.getCell(4).setCellStyle(date);
			road.createCell(5).setCellValue("2019-10-30");
			if (bad) {
				// The project's budget error is on its own row: move it to row 2.
				projects.shiftRows(2, 2, -1);
				row(workbook.createSheet("notes"), 0, "备注");
			}
			try (OutputStream out = Files.newOutputStream(book)) {
				workbook.write(out);
			}
		}
		return book;
	}

	private static Row row(Sheet sheet, int index, String... cells) {
		Row row = sheet.createRow(index);
		List<String> values = List.of(cells);
		for (int i = 0; i < values.size(); i++) {
			if (!values.get(i).isEmpty()) {
				row.createCell(i).setCellValue(values.get(i));
			}
		}
		return row;
	}

}
