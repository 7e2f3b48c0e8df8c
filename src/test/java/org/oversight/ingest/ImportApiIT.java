package org.oversight.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.graph.Cypher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@GraphTest
@TestPropertySource(properties = "oversight.import-root=target/test-import-root")
class ImportApiIT {

	static final Path ROOT = Path.of("target/test-import-root");

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Cypher cypher;

	@Test
	void importsAFolderBelowTheRootAndReportsProblemsAsData() throws IOException {
		String p = TestData.prefix();
		Path good = Files.createDirectories(ROOT.resolve(p + "good"));
		Files.writeString(good.resolve("organizations.csv"),
				"id,name,kind,level\n" + p + "O,市委,PARTY_COMMITTEE,CITY\n");
		this.graphQl
			.document("mutation { importBundle(path: \"" + p
					+ "good\") { ok rows files { file created } errors { file } } }")
			.execute()
			.path("importBundle.ok")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("importBundle.files[0].created")
			.entity(Integer.class)
			.isEqualTo(1);

		Path bad = Files.createDirectories(ROOT.resolve(p + "bad"));
		Files.writeString(bad.resolve("organizations.csv"), "id,name,kind,level\n" + p + "X,某局,DEPARTMENT,TOWN\n");
		this.graphQl
			.document("mutation { importBundle(path: \"" + p + "bad\") { ok errors { file line column reason } } }")
			.execute()
			.path("importBundle.ok")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("importBundle.errors[0].line")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("importBundle.errors[0].column")
			.entity(String.class)
			.isEqualTo("level");
		assertThat(TestData.graphSize(this.cypher, p)[0]).isOne();
	}

	@Test
	void importsAWorkbookBelowTheRootButNotThroughALink() throws IOException {
		String p = TestData.prefix();
		Path folder = Files.createDirectories(ROOT.resolve(p + "books"));
		Path book = folder.resolve("ledger.xlsx");
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(book)) {
			var sheet = workbook.createSheet("organizations");
			String[][] rows = { { "id", "name", "kind", "level" }, { p + "O", "市委", "PARTY_COMMITTEE", "CITY" },
					{ p + "X", "某局", "DEPARTMENT", "TOWN" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
		}
		this.graphQl.document("mutation { importBundle(path: \"" + p
				+ "books/ledger.xlsx\", skipBadRows: true) { ok files { file created } skipped { file line column } } }")
			.execute()
			.path("importBundle.ok")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("importBundle.files[0].created")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("importBundle.skipped[0].file")
			.entity(String.class)
			.isEqualTo("ledger.xlsx:organizations")
			.path("importBundle.skipped[0].line")
			.entity(Integer.class)
			.isEqualTo(3);
		assertThat(TestData.graphSize(this.cypher, p)[0]).isOne();
		Path link = folder.resolve("linked.xlsx");
		Files.createSymbolicLink(link, book.toAbsolutePath());
		this.graphQl.document("mutation { importBundle(path: \"" + p + "books/linked.xlsx\") { ok } }")
			.execute()
			.errors()
			.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code")))
			.verify();
	}

	@Test
	void refusesPathsThatLeaveTheRoot() throws IOException {
		Files.createDirectories(ROOT);
		Path outside = Files.createDirectories(Path.of("target/test-outside-root"));
		Path link = ROOT.resolve("link-out");
		Files.deleteIfExists(link);
		Files.createSymbolicLink(link, outside.toAbsolutePath());
		for (String path : new String[] { "../test-outside-root", "/etc", "link-out" }) {
			this.graphQl.document("mutation { importBundle(path: \"" + path + "\") { ok } }")
				.execute()
				.errors()
				.expect((e) -> "FORBIDDEN".equals(e.getExtensions().get("code"))
						&& "path".equals(e.getExtensions().get("field")))
				.verify();
		}
	}

}
