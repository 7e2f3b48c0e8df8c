package org.oversight.ingest;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.oversight.security.Caller;
import org.oversight.security.Role;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code importBundle}: the same import as the command line, for a folder below the
 * server's import root. Problems in the data come back as data ({@code errors},
 * {@code skipped}), not as GraphQL errors.
 */
@Controller
class ImportController {

	private final Importer importer;

	private final ImportRoot root;

	ImportController(Importer importer, ImportRoot root) {
		this.importer = importer;
		this.root = root;
	}

	@MutationMapping
	ImportResult importBundle(@Argument String path, @Argument Boolean dryRun, @Argument Boolean skipBadRows,
			@Argument String source, DataFetchingEnvironment env) {
		Caller caller = Caller.of(env).require(Role.ADMIN);
		Bundle bundle;
		try {
			java.nio.file.Path resolved = this.root.resolve(path);
			bundle = Workbooks.isWorkbook(resolved) ? Workbooks.read(resolved) : Bundle.of(resolved);
		}
		catch (IllegalArgumentException ex) {
			throw org.oversight.model.DomainException.badRequest("path", ex.getMessage());
		}
		ImportOptions options = new ImportOptions(Boolean.TRUE.equals(dryRun), Boolean.TRUE.equals(skipBadRows), source,
				caller.name(), 5000);
		return ImportResult.of(this.importer.run(bundle, options, ImportProgress.NONE));
	}

	/** What the API answers. */
	record ImportResult(boolean ok, boolean dryRun, long rows, List<ImportError> errors, List<ImportError> skipped,
			List<FileCounts> files, long elapsedMs) {

		static ImportResult of(ImportReport report) {
			List<FileCounts> files = report.counts()
				.entrySet()
				.stream()
				.map((e) -> new FileCounts(e.getKey(), e.getValue().created(), e.getValue().updated(),
						e.getValue().unchanged()))
				.toList();
			return new ImportResult(report.ok(), report.dryRun(), report.rows(), report.errors(), report.skipped(),
					files, report.elapsed().toMillis());
		}

	}

	/** Counts for one file. */
	record FileCounts(String file, long created, long updated, long unchanged) {
	}

}
