package org.oversight.ingest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reads one CSV file of a bundle: UTF-8 with or without BOM, RFC 4180, header row; checks
 * the header against the columns the file may have.
 */
final class CsvFiles {

	private CsvFiles() {
	}

	/** What was read from one file. */
	record Read(List<Row> rows, List<ImportError> errors) {
	}

	static Read read(Bundle.File file, Set<String> allowed, Set<String> required) {
		List<ImportError> errors = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(file.open()).get(),
				StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(reader, format)) {
			List<String> header = parser.getHeaderNames();
			header.stream()
				.filter((c) -> !allowed.contains(c))
				.forEach((c) -> errors.add(new ImportError(file.name(), 1, c,
						"not a column of " + file.name() + " (allowed: " + String.join(", ", allowed) + ")")));
			required.stream()
				.filter((c) -> !header.contains(c))
				.forEach((c) -> errors.add(new ImportError(file.name(), 1, c, "required column missing")));
			if (!errors.isEmpty()) {
				return new Read(rows, errors);
			}
			long line = 1;
			for (CSVRecord record : parser) {
				line = parser.getCurrentLineNumber();
				if (record.size() != header.size()) {
					errors.add(new ImportError(file.name(), line, "-",
							"has " + record.size() + " cells, the header has " + header.size()));
					continue;
				}
				Map<String, String> cells = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					cells.put(header.get(i), record.get(i));
				}
				rows.add(new Row(file.name(), line, cells));
			}
		}
		catch (IOException | java.io.UncheckedIOException | IllegalArgumentException ex) {
			errors.add(new ImportError(file.name(), 0, "-", "cannot be read as CSV: " + ex.getMessage()));
		}
		return new Read(rows, errors);
	}

}
