package org.oversight.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.oversight.report.TermReport;
import org.oversight.security.Visibility;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code report --term TERM --out report.docx}: the term's report as a Word document,
 * from the database as {@code export} reads it (everything: whoever can open the database
 * files sees all of it anyway).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = "Write a term's report (巡察工作情况报告) as a Word document (.docx).")
class ReportCommand implements Callable<Integer> {

	@Mixin
	Cli.DatabaseOptions database = new Cli.DatabaseOptions();

	@Option(names = "--term", required = true, paramLabel = "TERM", description = "The term's id, e.g. TERM-QA-13.")
	String term;

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "The .docx file to write.")
	Path out;

	@Override
	public Integer call() throws IOException {
		try (ConfigurableApplicationContext context = this.database.open()) {
			byte[] docx = context.getBean(TermReport.class).docx(this.term, Visibility.ALL);
			Path parent = this.out.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.write(this.out, docx);
			System.out.println("Wrote " + this.out.toAbsolutePath().normalize());
			return 0;
		}
	}

}
