package org.oversight.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.oversight.ingest.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code export DIR} or {@code export --xlsx FILE}: writes the graph, or one source's
 * records, as a bundle (a folder of CSV files, or a workbook of one sheet per file) that
 * {@code import} reads back.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Write the graph (or the records of one source) as a bundle of CSV files, or as an Excel workbook.")
class ExportCommand implements Callable<Integer> {

	@Mixin
	Cli.DatabaseOptions database = new Cli.DatabaseOptions();

	@Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
			description = "The folder to write (created if missing).")
	Path folder;

	@Option(names = "--xlsx", paramLabel = "FILE",
			description = "Write one Excel workbook (.xlsx), a sheet per file, instead of a folder.")
	Path workbook;

	@Option(names = "--source", description = "Only the records imported with this source.")
	String source;

	@Override
	public Integer call() {
		if ((this.folder == null) == (this.workbook == null)) {
			System.err.println("Give either DIR or --xlsx FILE");
			return 2;
		}
		Path target = (this.workbook != null) ? this.workbook : this.folder;
		try (ConfigurableApplicationContext context = this.database.open()) {
			Exporter exporter = context.getBean(Exporter.class);
			Map<String, Long> counts = (this.workbook != null) ? exporter.exportWorkbook(this.workbook, this.source)
					: exporter.export(this.folder, this.source);
			counts.forEach((file, rows) -> System.out.printf("  %-26s %8d rows%n", file, rows));
			System.out.println("Exported to " + target.toAbsolutePath().normalize());
			return 0;
		}
	}

}
