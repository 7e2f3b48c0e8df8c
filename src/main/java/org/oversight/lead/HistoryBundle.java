package org.oversight.lead;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.neo4j.driver.Value;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.ingest.Bundle;
import org.oversight.ingest.BundlePart;
import org.oversight.ingest.ImportError;
import org.oversight.store.WriteCounts;

/**
 * The history of a lead or case in a bundle ({@code lead_history.csv},
 * {@code case_history.csv}): one step a row, written by {@code export} in id and step
 * order and read back by {@code import} as it is (who, when and why included), so that
 * imported leads and cases carry their history and the round trip gives the same bytes.
 * The rows are checked like the rest of the bundle: columns known, every step one of the
 * lifecycle with its own from and to, steps numbered 1, 2, … and chained (each starts
 * where the one before ended), times ISO-8601, the lead or case and every body named
 * defined by the bundle or the database.
 */
abstract class HistoryBundle implements BundlePart {

	/** A column: its name, whether required, and the property it is stored as. */
	record Column(String name, boolean required, String key) {
	}

	private final Cypher cypher;

	private final QueryCatalogue queries;

	HistoryBundle(Cypher cypher, QueryCatalogue queries) {
		this.cypher = cypher;
		this.queries = queries;
	}

	/** The id column, e.g. {@code lead_id}, and the kind it names. */
	abstract String owner();

	abstract String ownerKind();

	/** The columns after {@code owner, seq, step, from, to, by, at, reason}. */
	abstract List<Column> extra();

	/** Checks a step's name and ends; the reason when wrong, or null. */
	abstract String checkStep(String step, String from, String to);

	/** Checks one extra value; the reason when wrong, or null. */
	abstract String checkExtra(Column column, String value);

	/** The kind an extra column's value names, or null when it names none. */
	abstract String kindOf(Column column);

	abstract String putQuery();

	abstract String allQuery();

	private List<Column> columns() {
		List<Column> columns = new ArrayList<>(List.of(new Column(owner(), true, "owner"),
				new Column("seq", true, "seq"), new Column("step", true, "step"), new Column("from", true, "from"),
				new Column("to", true, "to"), new Column("by", true, "by"), new Column("at", true, "at"),
				new Column("reason", true, "reason")));
		columns.addAll(extra());
		return columns;
	}

	@Override
	public long export(Path folder) throws IOException {
		Path file = folder.resolve(file());
		List<Column> columns = columns();
		long[] rows = { 0 };
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(out,
						CSVFormat.RFC4180.builder()
							.setHeader(columns.stream().map(Column::name).toArray(String[]::new))
							.setRecordSeparator('\n')
							.get())) {
			this.cypher.stream(this.queries.text(allQuery()), Map.of(), (r) -> {
				Value t = r.get("t");
				List<String> cells = new ArrayList<>();
				for (Column column : columns) {
					Value v = t.get(column.key().equals("owner") ? ownerProperty() : column.key());
					cells.add(text(column, v));
				}
				try {
					printer.printRecord(cells);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				rows[0]++;
			});
		}
		if (rows[0] == 0) {
			Files.delete(file);
		}
		return rows[0];
	}

	/** The property of a step naming its lead or case, e.g. {@code leadId}. */
	abstract String ownerProperty();

	private static String text(Column column, Value v) {
		if (v == null || v.isNull()) {
			return "";
		}
		if (column.key().equals("at")) {
			return v.asZonedDateTime().toString();
		}
		return String.valueOf(v.asObject());
	}

	@Override
	public Plan check(Bundle.File file, Function<Collection<String>, Map<String, String>> kinds) {
		List<ImportError> errors = new ArrayList<>();
		List<Step> steps = new ArrayList<>();
		List<Column> columns = columns();
		Map<String, Column> byName = new LinkedHashMap<>();
		columns.forEach((c) -> byName.put(c.name(), c));
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(file.open()).get(),
				StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(reader, format)) {
			List<String> header = parser.getHeaderNames();
			header.stream()
				.filter((c) -> !byName.containsKey(c))
				.forEach((c) -> errors.add(error(1, c,
						"not a column of " + file() + " (allowed: " + String.join(", ", byName.keySet()) + ")")));
			columns.stream()
				.filter((c) -> c.required() && !header.contains(c.name()))
				.forEach((c) -> errors.add(error(1, c.name(), "required column missing")));
			for (CSVRecord record : parser) {
				long line = parser.getCurrentLineNumber();
				Step step = read(line, header, record, byName, errors);
				if (step != null) {
					steps.add(step);
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			errors.add(error(0, "-", "cannot be read: " + ex.getMessage()));
		}
		checkChains(steps, errors);
		checkReferences(steps, kinds, errors);
		Set<Long> bad = new HashSet<>();
		errors.forEach((e) -> bad.add(e.line()));
		List<Step> good = steps.stream().filter((s) -> !bad.contains(s.line())).toList();
		return new StepsPlan(errors, steps.size(), good);
	}

	/** One row read. */
	private record Step(long line, String owner, int seq, Map<String, Object> row) {
	}

	private Step read(long line, List<String> header, CSVRecord record, Map<String, Column> byName,
			List<ImportError> errors) {
		if (record.size() != header.size()) {
			errors.add(error(line, "-", "has " + record.size() + " cells, the header has " + header.size()));
			return null;
		}
		int before = errors.size();
		Map<String, String> cells = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			if (byName.containsKey(header.get(i)) && !record.get(i).isBlank()) {
				cells.put(header.get(i), record.get(i).strip());
			}
		}
		Map<String, Object> row = new HashMap<>();
		for (Column column : byName.values()) {
			String value = cells.get(column.name());
			if (value == null) {
				if (column.required()) {
					errors.add(error(line, column.name(), "a value is required"));
				}
				row.put(column.key(), null);
				continue;
			}
			String wrong = switch (column.key()) {
				case "owner", "step", "from", "to", "by", "reason" -> null;
				case "seq" ->
					value.matches("[1-9][0-9]{0,8}") ? null : "must be a whole number ≥ 1, was '" + value + "'";
				case "at" ->
					dateTime(value) ? null : "'" + value + "' is not an ISO date-time (e.g. 2024-03-18T09:30+08:00)";
				default -> checkExtra(column, value);
			};
			if (wrong != null) {
				errors.add(error(line, column.name(), wrong));
				continue;
			}
			row.put(column.key(), switch (column.key()) {
				case "seq" -> Integer.parseInt(value);
				case "at" -> ZonedDateTime.parse(value).toString();
				case "greenChannel" -> Boolean.parseBoolean(value);
				default -> value;
			});
		}
		if (errors.size() == before) {
			String wrong = checkStep((String) row.get("step"), (String) row.get("from"), (String) row.get("to"));
			if (wrong != null) {
				errors.add(error(line, "step", wrong));
			}
		}
		if (errors.size() > before) {
			return null;
		}
		return new Step(line, (String) row.get("owner"), (int) row.get("seq"), row);
	}

	/**
	 * Each history numbered 1, 2, … without gaps, each step starting where the last
	 * ended.
	 */
	private void checkChains(List<Step> steps, List<ImportError> errors) {
		Map<String, TreeMap<Integer, Step>> byOwner = new LinkedHashMap<>();
		for (Step step : steps) {
			Step earlier = byOwner.computeIfAbsent(step.owner(), (k) -> new TreeMap<>()).putIfAbsent(step.seq(), step);
			if (earlier != null) {
				errors.add(error(step.line(), "seq",
						"step " + step.seq() + " of '" + step.owner() + "' is already on line " + earlier.line()));
			}
		}
		byOwner.forEach((owner, chain) -> {
			int expected = 1;
			Step previous = null;
			for (Step step : chain.values()) {
				if (step.seq() != expected) {
					errors.add(error(step.line(), "seq",
							"the steps of '" + owner + "' are numbered 1, 2, …; step " + expected + " is missing"));
				}
				else if (previous != null && !previous.row().get("to").equals(step.row().get("from"))) {
					errors.add(error(step.line(), "from", "step " + step.seq() + " starts at " + step.row().get("from")
							+ " but step " + previous.seq() + " ended at " + previous.row().get("to")));
				}
				previous = step;
				expected = step.seq() + 1;
			}
		});
	}

	private void checkReferences(List<Step> steps, Function<Collection<String>, Map<String, String>> kinds,
			List<ImportError> errors) {
		Set<String> ids = new HashSet<>();
		List<Column> refs = new ArrayList<>(List.of(new Column(owner(), true, "owner")));
		extra().stream().filter((c) -> kindOf(c) != null).forEach(refs::add);
		steps.forEach((s) -> refs.forEach((c) -> {
			if (s.row().get(c.key()) != null) {
				ids.add((String) s.row().get(c.key()));
			}
		}));
		Map<String, String> found = kinds.apply(ids);
		for (Step step : steps) {
			for (Column column : refs) {
				String id = (String) step.row().get(column.key());
				String kind = column.key().equals("owner") ? ownerKind() : kindOf(column);
				if (id != null && !kind.equals(found.get(id))) {
					errors.add(error(step.line(), column.name(),
							found.containsKey(id) ? "'" + id + "' is a " + found.get(id) + ", expected " + kind
									: "'" + id + "' exists neither in this data nor in the database"));
				}
			}
		}
	}

	private static boolean dateTime(String text) {
		try {
			ZonedDateTime.parse(text);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private ImportError error(long line, String column, String reason) {
		return new ImportError(file(), line, column, reason);
	}

	/** The checked file: writes the good rows in one statement. */
	private final class StepsPlan implements Plan {

		private final List<ImportError> errors;

		private final long rows;

		private final List<Step> good;

		StepsPlan(List<ImportError> errors, long rows, List<Step> good) {
			this.errors = errors;
			this.rows = rows;
			this.good = good;
		}

		@Override
		public List<ImportError> errors() {
			return this.errors;
		}

		@Override
		public long rows() {
			return this.rows;
		}

		@Override
		public WriteCounts planned() {
			return new WriteCounts(this.good.size(), 0, 0);
		}

		@Override
		public WriteCounts write(String recordedBy) {
			if (this.good.isEmpty()) {
				return WriteCounts.NONE;
			}
			List<Map<String, Object>> rows = this.good.stream().map((s) -> {
				Map<String, Object> row = new HashMap<>(s.row());
				row.put(ownerProperty(), row.remove("owner"));
				return row;
			}).toList();
			return HistoryBundle.this.cypher
				.write(HistoryBundle.this.queries.text(putQuery()), Map.of("rows", rows),
						(r) -> new WriteCounts(r.get("created").asLong(), r.get("updated").asLong(),
								r.get("unchanged").asLong()))
				.get(0);
		}

	}

}
