package org.oversight.investigation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.io.input.BOMInputStream;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.ingest.Bundle;
import org.oversight.ingest.BundlePart;
import org.oversight.ingest.ImportError;
import org.oversight.store.WriteCounts;
import org.springframework.stereotype.Component;

/**
 * Saved investigations in a bundle: {@code investigations.jsonl}, one investigation a
 * line, written by {@code export} in id order and read back by {@code import} as they are
 * (owner, version and dates included), so the round trip gives the same bytes. The lines
 * are checked like every other file of the bundle: fields known, values well formed, each
 * drawn entity and each team defined by the bundle or the database.
 */
@Component
class InvestigationBundle implements BundlePart {

	static final String FILE = "investigations.jsonl";

	private static final Set<String> FIELDS = Set.of("id", "name", "note", "layout", "owner", "version", "created_at",
			"updated_at", "updated_by", "shared_with", "nodes", "queries");

	private static final Set<String> NODE_FIELDS = Set.of("entity_id", "x", "y", "note", "pinned", "group");

	private static final Set<String> QUERY_FIELDS = Set.of("name", "variables");

	private final Cypher cypher;

	private final QueryCatalogue queries;

	InvestigationBundle(Cypher cypher, QueryCatalogue queries) {
		this.cypher = cypher;
		this.queries = queries;
	}

	@Override
	public String file() {
		return FILE;
	}

	@Override
	public long export(Path folder) throws IOException {
		Path file = folder.resolve(FILE);
		long[] rows = { 0 };
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			this.cypher.stream(this.queries.text("investigation/all"), Map.of(), (r) -> {
				try {
					out.write(InvestigationJson.write(line(Stored.of(r.get("i")))));
					out.write('\n');
					rows[0]++;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		if (rows[0] == 0) {
			Files.delete(file);
		}
		return rows[0];
	}

	/** One line of the file: fixed key order, absent values left out. */
	static ObjectNode line(Stored s) {
		ObjectNode o = InvestigationJson.JSON.createObjectNode();
		o.put("id", s.id());
		o.put("name", s.name());
		if (s.note() != null) {
			o.put("note", s.note());
		}
		if (s.layout() != null) {
			o.put("layout", s.layout());
		}
		o.put("owner", s.owner());
		o.put("version", s.version());
		o.put("created_at", s.createdAt());
		o.put("updated_at", s.updatedAt());
		if (s.updatedBy() != null) {
			o.put("updated_by", s.updatedBy());
		}
		s.sharedWith().forEach(o.putArray("shared_with")::add);
		o.set("nodes", InvestigationJson.nodesTree(s.nodes()));
		o.set("queries", InvestigationJson.queriesTree(s.queries()));
		return o;
	}

	@Override
	public Plan check(Bundle.File file, Function<Collection<String>, Map<String, String>> kinds) {
		List<ImportError> errors = new ArrayList<>();
		List<Parsed> parsed = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				BOMInputStream.builder().setInputStream(file.open()).get(), StandardCharsets.UTF_8))) {
			String text;
			long line = 0;
			Map<String, Long> ids = new HashMap<>();
			while ((text = reader.readLine()) != null) {
				line++;
				if (!text.isBlank()) {
					Parsed p = new LineCheck(line, errors).parse(text.strip());
					if (p != null) {
						Long earlier = ids.putIfAbsent(p.stored().id(), line);
						if (earlier != null) {
							errors.add(error(line, "id",
									"'" + p.stored().id() + "' is already the id of " + FILE + ":" + earlier));
						}
						parsed.add(p);
					}
				}
			}
		}
		catch (IOException ex) {
			errors.add(error(0, "-", "cannot be read: " + ex.getMessage()));
		}
		checkReferences(parsed, kinds, errors);
		Set<Long> bad = new HashSet<>();
		errors.forEach((e) -> bad.add(e.line()));
		List<Stored> good = parsed.stream().filter((p) -> !bad.contains(p.line())).map(Parsed::stored).toList();
		return new InvestigationPlan(errors, parsed.size(), good);
	}

	private static void checkReferences(List<Parsed> parsed, Function<Collection<String>, Map<String, String>> kinds,
			List<ImportError> errors) {
		Set<String> ids = new HashSet<>();
		parsed.forEach((p) -> {
			ids.addAll(p.stored().entityIds());
			ids.addAll(p.stored().sharedWith());
		});
		Map<String, String> found = kinds.apply(ids);
		for (Parsed p : parsed) {
			List<Stored.Drawn> nodes = p.stored().nodes();
			for (int i = 0; i < nodes.size(); i++) {
				String id = nodes.get(i).entityId();
				if (!found.containsKey(id)) {
					errors.add(error(p.line(), "nodes[" + i + "].entity_id",
							"'" + id + "' exists neither in this data nor in the database"));
				}
			}
			for (String team : p.stored().sharedWith()) {
				if (!"InspectionTeam".equals(found.get(team))) {
					errors.add(error(p.line(), "shared_with",
							(found.containsKey(team))
									? "'" + team + "' is a " + found.get(team) + ", expected InspectionTeam"
									: "'" + team + "' exists neither in this data nor in the database"));
				}
			}
		}
	}

	private static ImportError error(long line, String column, String reason) {
		return new ImportError(FILE, line, column, reason);
	}

	private record Parsed(long line, Stored stored) {
	}

	/** Reads one line, adding what is wrong with it to the errors. */
	private static final class LineCheck {

		private final long line;

		private final List<ImportError> errors;

		private final int before;

		LineCheck(long line, List<ImportError> errors) {
			this.line = line;
			this.errors = errors;
			this.before = errors.size();
		}

		Parsed parse(String text) {
			JsonNode o;
			try {
				o = InvestigationJson.JSON.readTree(text);
			}
			catch (IOException ex) {
				o = null;
			}
			if (o == null || !o.isObject()) {
				fail("-", "not a JSON object");
				return null;
			}
			unknown(o, FIELDS, "");
			String id = text(o, "id", true, Investigations.MAX_SHORT);
			String name = text(o, "name", true, Investigations.MAX_NAME);
			String note = text(o, "note", false, Investigations.MAX_NOTE);
			String layout = text(o, "layout", false, Investigations.MAX_SHORT);
			String owner = text(o, "owner", true, Investigations.MAX_SHORT);
			String updatedBy = text(o, "updated_by", false, Investigations.MAX_SHORT);
			int version = version(o.get("version"));
			String created = dateTime(o, "created_at");
			String updated = dateTime(o, "updated_at");
			List<String> shared = sharedWith(o.get("shared_with"));
			List<Stored.Drawn> nodes = nodes(o.get("nodes"));
			List<Stored.SavedQuery> queries = queries(o.get("queries"));
			if (this.errors.size() > this.before) {
				return null;
			}
			return new Parsed(this.line, new Stored(id, name, note, layout, owner, version, created, updated, updatedBy,
					shared, nodes, queries));
		}

		private void fail(String column, String reason) {
			this.errors.add(error(this.line, column, reason));
		}

		private void unknown(JsonNode o, Set<String> allowed, String prefix) {
			for (Iterator<String> keys = o.fieldNames(); keys.hasNext();) {
				String key = keys.next();
				if (!allowed.contains(key)) {
					fail(prefix + key,
							"not a field of " + FILE + " (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
				}
			}
		}

		private String text(JsonNode o, String field, boolean required, int max) {
			JsonNode v = o.get(field);
			if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
				if (required) {
					fail(field, "a value is required");
				}
				return null;
			}
			if (!v.isTextual()) {
				fail(field, "must be text");
				return null;
			}
			if (v.asText().length() > max) {
				fail(field, "is longer than " + max + " characters");
			}
			return v.asText();
		}

		private int version(JsonNode v) {
			if (v == null || v.isNull()) {
				return 0;
			}
			if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0) {
				fail("version", "must be a whole number ≥ 0, was " + v);
				return 0;
			}
			return v.asInt();
		}

		private String dateTime(JsonNode o, String field) {
			String text = text(o, field, true, Investigations.MAX_SHORT);
			if (text == null) {
				return null;
			}
			try {
				return ZonedDateTime.parse(text).toString();
			}
			catch (DateTimeParseException ex) {
				fail(field, "'" + text + "' is not an ISO date-time (e.g. 2026-12-03T09:30:00Z)");
				return null;
			}
		}

		private List<String> sharedWith(JsonNode v) {
			Set<String> teams = new TreeSet<>();
			if (v == null || v.isNull()) {
				return List.of();
			}
			if (!v.isArray()) {
				fail("shared_with", "must be a list of team ids");
				return List.of();
			}
			v.forEach((t) -> {
				if (t.isTextual() && !t.asText().isBlank()) {
					teams.add(t.asText());
				}
				else {
					fail("shared_with", "must be a list of team ids, has " + t);
				}
			});
			return List.copyOf(teams);
		}

		private List<Stored.Drawn> nodes(JsonNode v) {
			List<Stored.Drawn> nodes = new ArrayList<>();
			if (v == null || v.isNull()) {
				return nodes;
			}
			if (!v.isArray() || v.size() > Investigations.MAX_NODES) {
				fail("nodes", "must be a list of at most " + Investigations.MAX_NODES + " nodes");
				return nodes;
			}
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < v.size(); i++) {
				JsonNode n = v.get(i);
				String field = "nodes[" + i + "]";
				if (!n.isObject()) {
					fail(field, "must be an object");
					continue;
				}
				unknown(n, NODE_FIELDS, field + ".");
				String entity = text(n, "entity_id", true, Investigations.MAX_SHORT);
				if (entity != null && !seen.add(entity)) {
					fail(field + ".entity_id", "'" + entity + "' is drawn twice");
				}
				Double x = number(n, field, "x");
				Double y = number(n, field, "y");
				String note = text(n, "note", false, Investigations.MAX_NODE_NOTE);
				String group = text(n, "group", false, Investigations.MAX_SHORT);
				JsonNode pinned = n.get("pinned");
				if (pinned != null && !pinned.isBoolean() && !pinned.isNull()) {
					fail(field + ".pinned", "must be true or false");
				}
				nodes.add(new Stored.Drawn(entity, x, y, note, pinned != null && pinned.asBoolean(false), group));
			}
			return nodes;
		}

		private Double number(JsonNode n, String field, String name) {
			JsonNode v = n.get(name);
			if (v == null || v.isNull()) {
				return null;
			}
			if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
				fail(field + "." + name, "must be a number");
				return null;
			}
			return v.asDouble();
		}

		private List<Stored.SavedQuery> queries(JsonNode v) {
			List<Stored.SavedQuery> queries = new ArrayList<>();
			if (v == null || v.isNull()) {
				return queries;
			}
			if (!v.isArray() || v.size() > Investigations.MAX_QUERIES) {
				fail("queries", "must be a list of at most " + Investigations.MAX_QUERIES + " queries");
				return queries;
			}
			for (int i = 0; i < v.size(); i++) {
				JsonNode q = v.get(i);
				String field = "queries[" + i + "]";
				if (!q.isObject()) {
					fail(field, "must be an object");
					continue;
				}
				unknown(q, QUERY_FIELDS, field + ".");
				String name = text(q, "name", true, Investigations.MAX_SHORT);
				JsonNode variables = q.get("variables");
				if (variables != null && !variables.isNull() && !variables.isObject()) {
					fail(field + ".variables", "must be a JSON object");
					continue;
				}
				queries.add(new Stored.SavedQuery(name,
						(variables == null || variables.isNull()) ? "{}" : InvestigationJson.write(variables)));
			}
			return queries;
		}

	}

	/** The checked file: writes the good lines in one transaction. */
	private final class InvestigationPlan implements Plan {

		private final List<ImportError> errors;

		private final long rows;

		private final List<Stored> good;

		InvestigationPlan(List<ImportError> errors, long rows, List<Stored> good) {
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
			Set<String> existing = new HashSet<>(InvestigationBundle.this.cypher.read(
					"MATCH (i:__Investigation) WHERE i.id IN $ids RETURN i.id AS id",
					Map.of("ids", this.good.stream().map(Stored::id).toList()), (r) -> r.get("id").asString()));
			return new WriteCounts(this.good.size() - existing.size(), existing.size(), 0);
		}

		@Override
		public WriteCounts write(String recordedBy) {
			if (this.good.isEmpty()) {
				return WriteCounts.NONE;
			}
			List<Map<String, Object>> rows = this.good.stream().map(InvestigationBundle::row).toList();
			return InvestigationBundle.this.cypher
				.write(InvestigationBundle.this.queries.text("investigation/put"), Map.of("rows", rows),
						(r) -> new WriteCounts(r.get("created").asLong(), r.get("updated").asLong(),
								r.get("unchanged").asLong()))
				.get(0);
		}

	}

	private static Map<String, Object> row(Stored s) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", s.id());
		row.put("name", s.name());
		row.put("note", s.note());
		row.put("layout", s.layout());
		row.put("owner", s.owner());
		row.put("version", s.version());
		row.put("createdAt", s.createdAt());
		row.put("updatedAt", s.updatedAt());
		row.put("updatedBy", s.updatedBy());
		row.put("sharedWith", s.sharedWith());
		row.put("nodes", InvestigationJson.nodes(s.nodes()));
		row.put("queries", InvestigationJson.queries(s.queries()));
		row.put("entityIds", s.entityIds());
		return row;
	}

}
