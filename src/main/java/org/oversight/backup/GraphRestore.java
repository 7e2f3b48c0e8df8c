package org.oversight.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.QueryConfig;

/**
 * Loads a backup into an empty database: the schema first, then the nodes and
 * relationships in batches (each node carries a temporary label and its source id until
 * its relationships are made), then checks the counts against the manifest.
 */
public final class GraphRestore {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final int BATCH = 2000;

	private static final String TEMP_LABEL = "__Restoring";

	private static final String TEMP_ID = "__restoreId";

	private final Driver driver;

	private final QueryConfig config;

	private final BiConsumer<String, Long> progress;

	/**
	 * @param driver the target database
	 * @param database its name, or null for the default
	 * @param progress told the phase and the rows loaded so far
	 */
	public GraphRestore(Driver driver, String database, BiConsumer<String, Long> progress) {
		this.driver = driver;
		this.config = (database != null) ? QueryConfig.builder().withDatabase(database).build()
				: QueryConfig.defaultConfig();
		this.progress = progress;
	}

	/** Checks a backup folder: manifest, format and the data file's checksum. */
	public static Manifest check(Path folder) {
		Manifest manifest = Manifest.read(folder);
		if (manifest.format() != 1) {
			throw new BackupException(
					folder + ": backup format " + manifest.format() + " is not known to this version");
		}
		Path data = folder.resolve(manifest.file());
		if (!Files.isRegularFile(data)) {
			throw new BackupException(data + ": missing");
		}
		String sha = BackupFiles.sha256(data);
		if (!sha.equals(manifest.sha256())) {
			throw new BackupException(data + ": checksum " + sha + " differs from the manifest's " + manifest.sha256()
					+ " (damaged or changed)");
		}
		return manifest;
	}

	/** Whether the target holds no node and no schema of its own. */
	public boolean targetIsEmpty() {
		boolean noNodes = query("MATCH (n) RETURN n LIMIT 1", Map.of()).records().isEmpty();
		boolean noSchema = query("SHOW CONSTRAINTS YIELD name RETURN name", Map.of()).records().isEmpty()
				&& query("SHOW INDEXES YIELD type WHERE type <> 'LOOKUP' RETURN type", Map.of()).records().isEmpty();
		return noNodes && noSchema;
	}

	/** Loads the checked backup and returns its manifest. */
	public Manifest load(Path folder) {
		Manifest manifest = check(folder);
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(Files.newInputStream(folder.resolve(manifest.file())), 1 << 16),
				StandardCharsets.UTF_8), 1 << 16)) {
			Loader loader = new Loader();
			String line;
			long lineNo = 0;
			while ((line = in.readLine()) != null) {
				lineNo++;
				loader.take(JSON.readTree(line), lineNo);
			}
			loader.finish();
		}
		catch (IOException ex) {
			throw new BackupException(folder.resolve(manifest.file()) + ": cannot read: " + ex.getMessage());
		}
		verifyCounts(manifest);
		return manifest;
	}

	private void verifyCounts(Manifest manifest) {
		long nodes = query("MATCH (n) RETURN count(n) AS c", Map.of()).records().get(0).get("c").asLong();
		long rels = query("MATCH ()-[r]->() RETURN count(r) AS c", Map.of()).records().get(0).get("c").asLong();
		if (nodes != manifest.nodes() || rels != manifest.relationships()) {
			throw new BackupException("restored %d nodes and %d relationships, the manifest says %d and %d"
				.formatted(nodes, rels, manifest.nodes(), manifest.relationships()));
		}
	}

	/** Takes the lines in order and writes them in batches of one shape. */
	private final class Loader {

		private final List<Map<String, Object>> batch = new ArrayList<>();

		private String batchShape;

		private boolean nodes;

		private boolean tempIndex;

		private long loaded;

		void take(JsonNode row, long lineNo) {
			if (row.has("schema")) {
				run(row.get("schema").asText());
				return;
			}
			if (!this.tempIndex) {
				run("CREATE INDEX restore_id IF NOT EXISTS FOR (n:" + TEMP_LABEL + ") ON (n." + TEMP_ID + ")");
				run("CALL db.awaitIndexes(300)");
				this.tempIndex = true;
			}
			if (row.has("node")) {
				List<String> labels = new ArrayList<>();
				row.get("labels").forEach((l) -> labels.add(l.asText()));
				add(true, labels.stream().map(GraphRestore::quote).collect(Collectors.joining(":")),
						Map.of("id", row.get("node").asText(), "p", PropertyCodec.decode(row.get("props"))));
			}
			else if (row.has("rel")) {
				Map<String, Object> rel = new HashMap<>();
				rel.put("s", row.get("start").asText());
				rel.put("e", row.get("end").asText());
				rel.put("p", PropertyCodec.decode(row.get("props")));
				add(false, quote(row.get("type").asText()), rel);
			}
			else {
				throw new BackupException(
						"line " + lineNo + " of the data file is neither schema, node nor relationship");
			}
		}

		private void add(boolean node, String shape, Map<String, Object> row) {
			if (!shape.equals(this.batchShape) || node != this.nodes || this.batch.size() >= BATCH) {
				flush();
				this.batchShape = shape;
				this.nodes = node;
			}
			this.batch.add(row);
		}

		private void flush() {
			if (this.batch.isEmpty()) {
				return;
			}
			String query = this.nodes
					? "UNWIND $rows AS r CREATE (n:" + TEMP_LABEL
							+ (this.batchShape.isEmpty() ? "" : ":" + this.batchShape) + ") SET n = r.p, n." + TEMP_ID
							+ " = r.id"
					: "UNWIND $rows AS r MATCH (a:" + TEMP_LABEL + " {" + TEMP_ID + ": r.s}) MATCH (b:" + TEMP_LABEL
							+ " {" + TEMP_ID + ": r.e}) CREATE (a)-[x:" + this.batchShape + "]->(b) SET x = r.p";
			List<Map<String, Object>> rows = List.copyOf(this.batch);
			query(query, Map.of("rows", rows));
			this.loaded += rows.size();
			this.batch.clear();
			GraphRestore.this.progress.accept(this.nodes ? "nodes" : "relationships", this.loaded);
		}

		void finish() {
			flush();
			if (!this.tempIndex) {
				return;
			}
			long removed;
			do {
				removed = query("MATCH (n:" + TEMP_LABEL + ") WITH n LIMIT 10000 REMOVE n:" + TEMP_LABEL + ", n."
						+ TEMP_ID + " RETURN count(n) AS c", Map.of())
					.records()
					.get(0)
					.get("c")
					.asLong();
			}
			while (removed > 0);
			run("DROP INDEX restore_id IF EXISTS");
			run("CALL db.awaitIndexes(600)");
		}

		private void run(String statement) {
			query(statement, Map.of());
		}

	}

	/** Runs one statement in a transaction of its own (retried when transient). */
	private EagerResult query(String statement, Map<String, Object> parameters) {
		return this.driver.executableQuery(statement).withParameters(parameters).withConfig(this.config).execute();
	}

	/** A label or type as a Cypher identifier, whatever characters it holds. */
	static String quote(String name) {
		return "`" + name.replace("`", "``") + "`";
	}

}
