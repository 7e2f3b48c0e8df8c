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
 * {@code export DIR}: writes the graph, or one source's records, as a bundle that
 * {@code import} reads back.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Write the graph (or the records of one source) as a bundle of CSV files.")
class ExportCommand implements Callable<Integer> {

	@Mixin
	Cli.DatabaseOptions database = new Cli.DatabaseOptions();

	@Parameters(index = "0", paramLabel = "DIR", description = "The folder to write (created if missing).")
	Path folder;

	@Option(names = "--source", description = "Only the records imported with this source.")
	String source;

	@Override
	public Integer call() {
		try (ConfigurableApplicationContext context = this.database.open()) {
			Map<String, Long> counts = context.getBean(Exporter.class).export(this.folder, this.source);
			counts.forEach((file, rows) -> System.out.printf("  %-26s %8d rows%n", file, rows));
			System.out.println("Exported to " + this.folder.toAbsolutePath().normalize());
			return 0;
		}
	}

}
