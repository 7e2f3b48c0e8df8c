package org.oversight.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.neo4j.driver.Value;
import org.oversight.audit.AuditLog;
import org.oversight.graph.Cypher;
import org.oversight.model.EntityType;
import org.oversight.model.Field;
import org.oversight.model.LinkType;
import org.oversight.model.Model;
import org.oversight.model.ValueType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes the graph (or the records of one source) back to the bundle format, so that
 * exporting and importing into an empty database gives the same graph. Records are
 * streamed, not held in memory.
 */
@Component
public class Exporter {

	private final Model model;

	private final Cypher cypher;

	private final AuditLog audit;

	private final List<BundlePart> parts;

	public Exporter(Model model, Cypher cypher, AuditLog audit, ObjectProvider<BundlePart> parts) {
		this.parts = parts.orderedStream().toList();
		this.model = model;
		this.cypher = cypher;
		this.audit = audit;
	}

	/**
	 * @param folder where to write; created if missing
	 * @param source only records with this provenance, or null for all
	 * @return rows written per file
	 */
	public Map<String, Long> export(Path folder, String source) {
		Map<String, Long> counts = writeBundle(folder, source);
		record(counts, source, folder);
		return counts;
	}

	/**
	 * The same export as one Excel workbook, a sheet per file ({@link Workbooks}), which
	 * {@code import} reads back.
	 * @param workbook the {@code .xlsx} file to write
	 * @param source only records with this provenance, or null for all
	 * @return rows written per file
	 */
	public Map<String, Long> exportWorkbook(Path workbook, String source) {
		Path folder = null;
		try {
			folder = Files.createTempDirectory("oversight-export");
			Map<String, Long> counts = writeBundle(folder, source);
			Path parent = workbook.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Workbooks.write(folder, workbook);
			record(counts, source, workbook);
			return counts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteFolder(folder);
		}
	}

	private static void deleteFolder(Path folder) {
		if (folder == null) {
			return;
		}
		try (var files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(folder);
		}
		catch (IOException ex) {
			// A temporary folder left behind is harmless; the export itself succeeded.
		}
	}

	private void record(Map<String, Long> counts, String source, Path target) {
		this.audit.record("cli", "export", List.of(), "ok: " + counts.values().stream().mapToLong(Long::longValue).sum()
				+ " rows" + ((source != null) ? " of '" + source + "'" : "") + " to " + target, null);
	}

	private Map<String, Long> writeBundle(Path folder, String source) {
		try {
			Files.createDirectories(folder);
			Map<String, Long> counts = new LinkedHashMap<>();
			for (EntityType type : this.model.entityTypes()) {
				counts.put(type.file(), exportEntities(folder, type, source));
			}
			for (LinkType link : this.model.linkTypes()) {
				counts.put(link.file(), exportLinks(folder, link, source));
			}
			// The features' own files carry no provenance: they belong to a whole export.
			for (BundlePart part : (source == null) ? this.parts : List.<BundlePart>of()) {
				counts.put(part.file(), part.export(folder));
			}
			counts.values().removeIf((n) -> n == 0);
			deleteEmpty(folder);
			new Manifest(1, "export", (source != null) ? source : "oversight-graph export",
					List.copyOf(counts.keySet()), null)
				.write(folder);
			return counts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private long exportEntities(Path folder, EntityType type, String source) throws IOException {
		List<Field> columns = new ArrayList<>();
		columns.add(Field.text("id"));
		type.fields().stream().filter((f) -> f.type() != ValueType.IDENTIFIER).forEach(columns::add);
		StringBuilder refs = new StringBuilder();
		for (Field ref : type.references()) {
			refs.append(", head([(n)-[:`%s`]->(t) | t.id]) AS `%s`".formatted(ref.relation(), ref.name()));
		}
		String query = "MATCH (n:`" + type.kind() + "`) WHERE $source IS NULL OR n.source = $source"
				+ " RETURN properties(n) AS p" + refs + " ORDER BY n.id";
		return write(folder.resolve(type.file()), columns, query, source,
				(r, f) -> f.isReference() ? r.get(f.name()) : r.get("p").get(f.name()));
	}

	private long exportLinks(Path folder, LinkType link, String source) throws IOException {
		List<Field> columns = new ArrayList<>();
		if (link.identified()) {
			columns.add(Field.text("id"));
		}
		columns.addAll(link.columns());
		String from = String.join("|", link.from().targets());
		String to = link.to().targets().isEmpty() ? "Entity" : String.join("|", link.to().targets());
		String query = "MATCH (a:" + from + ")-[r:`" + link.relation() + "`]->(b:" + to + ")"
				+ " WHERE $source IS NULL OR r.source = $source"
				+ " RETURN a.id AS `from`, b.id AS `to`, properties(r) AS p ORDER BY a.id, b.id"
				// Several links between the same two ends (two revisits of one task) come
				// in key
				// order, so an export is the same bytes every time.
				+ link.keys().stream().map((k) -> ", toString(r.`" + k.name() + "`)").reduce("", String::concat)
				// Transfers between the same two accounts come in id order (their key).
				+ (link.identified() ? ", r.id" : "");
		return write(folder.resolve(link.file()), columns, query, source, (r, f) -> {
			if (f == link.from()) {
				return r.get("from");
			}
			return (f == link.to()) ? r.get("to") : r.get("p").get(f.name());
		});
	}

	private interface Cell {

		Value of(org.neo4j.driver.Record record, Field field);

	}

	private long write(Path file, List<Field> columns, String query, String source, Cell cell) throws IOException {
		long[] rows = { 0 };
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(out,
						CSVFormat.RFC4180.builder()
							.setHeader(columns.stream().map(Field::column).toArray(String[]::new))
							.setRecordSeparator('\n')
							.get())) {
			Map<String, Object> params = new HashMap<>();
			params.put("source", source);
			this.cypher.stream(query, params, (record) -> {
				try {
					List<String> cells = new ArrayList<>();
					for (Field field : columns) {
						cells.add(text(cell.of(record, field)));
					}
					printer.printRecord(cells);
					rows[0]++;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		return rows[0];
	}

	static String text(Value value) {
		if (value == null || value.isNull()) {
			return "";
		}
		Object object = value.asObject();
		if (object instanceof Double d) {
			return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
		}
		if (object instanceof TemporalAccessor) {
			return object.toString();
		}
		return String.valueOf(object);
	}

	private static void deleteEmpty(Path folder) throws IOException {
		try (var files = Files.list(folder)) {
			for (Path file : files.toList()) {
				if (file.toString().endsWith(".csv") && Files.readAllLines(file).size() <= 1) {
					Files.delete(file);
				}
			}
		}
	}

}
