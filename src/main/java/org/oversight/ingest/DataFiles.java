package org.oversight.ingest;

import java.io.BufferedReader;
import java.io.BufferedReader;
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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reads one data file of a bundle: CSV (UTF-8 with or without BOM, RFC 4180, header row)
 * or JSON Lines (one object a line, keys are the columns); checks the columns against
 * those the file may have.
 */
final class DataFiles {

	private static final ObjectMapper JSON = new ObjectMapper();

	private DataFiles() {
	}

	/** What was read from one file. */
	record Read(List<Row> rows, List<ImportError> errors) {
	}

	/**
	 * Whether an error concerns the whole file (its header, or it cannot be read) rather
	 * than one row: such errors cannot be skipped.
	 */
	static boolean isFileError(String file, ImportError error) {
		return error.line() == 0 || (error.line() == 1 && !file.endsWith(".jsonl"));
	}

	/** The file name with the {@code .csv} ending the model knows it by. */
	static String modelName(String name) {
		return name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) + ".csv" : name;
	}

	static Read read(Bundle.File file, Set<String> allowed, Set<String> required) {
		return file.name().endsWith(".jsonl") ? readJsonLines(file, allowed, required)
				: readCsv(file, allowed, required);
	}

	private static Read readJsonLines(Bundle.File file, Set<String> allowed, Set<String> required) {
		List<ImportError> errors = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				BOMInputStream.builder().setInputStream(file.open()).get(), StandardCharsets.UTF_8))) {
			String text;
			long line = 0;
			while ((text = reader.readLine()) != null) {
				line++;
				if (!text.isBlank()) {
					readJsonLine(file.name(), line, text, new Columns(allowed, required), rows, errors);
				}
			}
		}
		catch (IOException ex) {
			errors.add(new ImportError(file.name(), 0, "-", "cannot be read: " + ex.getMessage()));
		}
		return new Read(rows, errors);
	}

	private record Columns(Set<String> allowed, Set<String> required) {
	}

	private static void readJsonLine(String file, long line, String text, Columns columns, List<Row> rows,
			List<ImportError> errors) {
		JsonNode node;
		try {
			node = JSON.readTree(text);
		}
		catch (IOException ex) {
			node = null;
		}
		if (node == null || !node.isObject()) {
			errors.add(new ImportError(file, line, "-", "not a JSON object"));
			return;
		}
		Map<String, String> cells = new LinkedHashMap<>();
		int before = errors.size();
		node.fields().forEachRemaining((e) -> {
			if (!columns.allowed().contains(e.getKey())) {
				errors.add(new ImportError(file, line, e.getKey(), "not a field of " + file));
			}
			else if (!e.getValue().isNull()) {
				cells.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString());
			}
		});
		columns.required()
			.stream()
			.filter((c) -> !cells.containsKey(c))
			.forEach((c) -> errors.add(new ImportError(file, line, c, "a value is required")));
		if (errors.size() == before) {
			rows.add(new Row(file, line, cells));
		}
	}

	private static Read readCsv(Bundle.File file, Set<String> allowed, Set<String> required) {
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
			// Rows are still read after a header problem, so their references can be
			// checked too.
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
					if (allowed.contains(header.get(i))) {
						cells.put(header.get(i), record.get(i));
					}
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
