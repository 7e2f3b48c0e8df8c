package org.oversight.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.oversight.ingest.Bundle;
import org.oversight.ingest.ImportError;
import org.oversight.ingest.ImportOptions;
import org.oversight.ingest.ImportReport;
import org.oversight.ingest.Importer;
import org.oversight.ingest.Workbooks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import DIR} or {@code import FILE.xlsx}: loads a bundle into the database
 * {@code serve} uses. Exit 0 on success, 1 with every error printed as
 * {@code file:line: column: reason} (for a workbook
 * {@code workbook.xlsx:sheet:row: column: reason}), 2 on bad usage.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Load a bundle (a folder of CSV files, or an Excel workbook of one sheet per file; see import/README.md) into the database.")
class ImportCommand implements Callable<Integer> {

	@Mixin
	Cli.DatabaseOptions database = new Cli.DatabaseOptions();

	@Parameters(index = "0", paramLabel = "DIR", description = "The bundle folder, or a workbook (.xlsx).")
	Path folder;

	@Option(names = "--dry-run", description = "Validate and report only; write nothing.")
	boolean dryRun;

	@Option(names = "--skip-bad-rows", description = "Import the good rows and list the bad ones.")
	boolean skipBadRows;

	@Option(names = "--source",
			description = "Provenance written on every record (default: the manifest's source, else the folder).")
	String source;

	@Option(names = "--report", defaultValue = "import-skipped.txt",
			description = "Where the rows left out by --skip-bad-rows are listed (default import-skipped.txt).")
	Path report;

	@Option(names = "--batch-size", defaultValue = "5000", description = "Rows per transaction (default 5000).")
	int batchSize;

	@Override
	public Integer call() {
		PrintStream out = System.out;
		boolean workbook = Workbooks.isWorkbook(this.folder) && Files.isRegularFile(this.folder);
		if (!workbook && !Files.isDirectory(this.folder)) {
			System.err.println(this.folder + ": not a folder nor an .xlsx workbook");
			return 2;
		}
		if (this.batchSize < 1) {
			System.err.println("--batch-size must be at least 1");
			return 2;
		}
		Bundle bundle;
		try {
			bundle = workbook ? Workbooks.read(this.folder) : Bundle.of(this.folder);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			return 1;
		}
		try (ConfigurableApplicationContext context = this.database.open()) {
			Importer importer = context.getBean(Importer.class);
			ImportOptions options = new ImportOptions(this.dryRun, this.skipBadRows, this.source, "cli",
					this.batchSize);
			ImportReport report = importer.run(bundle, options, new TerminalProgress(out));
			writeSkipped(report);
			return print(report, out);
		}
	}

	private void writeSkipped(ImportReport report) {
		if (report.skipped().isEmpty()) {
			return;
		}
		try {
			Files.write(this.report, report.skipped().stream().map(ImportError::toString).toList());
			System.out.println(report.skipped().size() + " bad row(s) skipped; listed in " + this.report);
		}
		catch (java.io.IOException ex) {
			System.err.println("cannot write " + this.report + ": " + ex.getMessage());
		}
	}

	private static int print(ImportReport report, PrintStream out) {
		if (!report.ok()) {
			report.errors().forEach((e) -> System.err.println(e));
			System.err.println(report.errors().size() + " error(s); nothing was imported.");
			return 1;
		}
		out.println(report.dryRun() ? "Dry run: nothing written. Would write:" : "Imported:");
		report.counts()
			.forEach((file, c) -> out.printf("  %-26s created %7d  updated %7d  unchanged %7d%n", file, c.created(),
					c.updated(), c.unchanged()));
		var total = report.total();
		out.printf("  %-26s created %7d  updated %7d  unchanged %7d  skipped %d%n", "total", total.created(),
				total.updated(), total.unchanged(), report.skipped().size());
		out.printf("%d rows in %.1f s%n", report.rows(), report.elapsed().toMillis() / 1000.0);
		return 0;
	}

}
