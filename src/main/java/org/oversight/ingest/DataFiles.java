package org.oversight.ingest;

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
		if (file.sheet() != null) {
			return file.name().endsWith(".jsonl") ? readJsonSheet(file, allowed, required)
					: readSheet(file, allowed, required);
		}
		return file.name().endsWith(".jsonl") ? readJsonLines(file, allowed, required)
				: readCsv(file, allowed, required);
	}

	/**
	 * A sheet of a workbook: row 1 holds the columns, as a CSV header; rows are named by
	 * their number in the sheet, blank rows are passed over.
	 */
	private static Read readSheet(Bundle.File file, Set<String> allowed, Set<String> required) {
		List<ImportError> errors = new ArrayList<>(file.sheet().errors());
		List<Row> rows = new ArrayList<>();
		List<Bundle.SheetRow> sheetRows = file.sheet().rows();
		List<String> header = new ArrayList<>();
		if (!sheetRows.isEmpty() && sheetRows.get(0).number() == 1) {
			sheetRows.get(0).cells().forEach((c) -> header.add(c.strip()));
		}
		else if (!sheetRows.isEmpty()) {
			errors.add(new ImportError(file.label(), 1, "-", "row 1 must hold the column names"));
		}
		while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
			header.remove(header.size() - 1);
		}
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).isEmpty()) {
				errors.add(new ImportError(file.label(), 1, column(i), "a column without a name"));
			}
			else if (!allowed.contains(header.get(i))) {
				errors.add(new ImportError(file.label(), 1, header.get(i),
						"not a column of " + file.name() + " (allowed: " + String.join(", ", allowed) + ")"));
			}
		}
		required.stream()
			.filter((c) -> !header.contains(c))
			.forEach((c) -> errors.add(new ImportError(file.label(), 1, c, "required column missing")));
		for (Bundle.SheetRow row : sheetRows) {
			if (row.number() == 1) {
				continue;
			}
			boolean beyond = false;
			for (int i = header.size(); i < row.cells().size(); i++) {
				if (!row.cells().get(i).isBlank()) {
					errors.add(new ImportError(file.label(), row.number(), column(i),
							"a value beyond the header's " + header.size() + " columns"));
					beyond = true;
				}
			}
			if (beyond) {
				continue;
			}
			Map<String, String> cells = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				if (allowed.contains(header.get(i))) {
					cells.put(header.get(i), (i < row.cells().size()) ? row.cells().get(i) : "");
				}
			}
			rows.add(new Row(file.label(), row.number(), cells));
		}
		return new Read(rows, errors);
	}

	/** A column by its letter, as Excel names it: A, B, …, AA. */
	private static String column(int index) {
		return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
	}

	/** A sheet holding JSON Lines: one object a row in its one column, {@code json}. */
	private static Read readJsonSheet(Bundle.File file, Set<String> allowed, Set<String> required) {
		List<ImportError> errors = new ArrayList<>(file.sheet().errors());
		List<Row> rows = new ArrayList<>();
		for (Bundle.SheetRow row : file.sheet().rows()) {
			if (row.number() > 1) {
				readJsonLine(file.label(), row.number(), row.cells().isEmpty() ? "" : row.cells().get(0),
						new Columns(allowed, required), rows, errors);
			}
		}
		return new Read(rows, errors);
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
