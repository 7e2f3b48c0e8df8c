package org.oversight.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Writes everything a database holds, read in one transaction, as JSON lines: first the
 * schema ({@code {"schema": "CREATE CONSTRAINT …"}}), then every node ({@code {"node":
 * id, "labels": […], "props": {…}}}), then every relationship ({@code {"rel": id, "type":
 * …, "start": id, "end": id, "props": {…}}}); ids are the element ids of the source and
 * serve only to join relationships to their nodes.
 */
final class GraphDump {

	private static final ObjectMapper JSON = new ObjectMapper();

	private GraphDump() {
	}

	/**
	 * Writes the dump to a gzip file and returns its manifest (mode left to the caller).
	 */
	static Manifest write(TransactionContext tx, Path file, String application, long pausedSince) throws IOException {
		String createdAt = Instant.now().toString();
		long nodes = 0;
		long relationships = 0;
		Map<String, Long> labels = new TreeMap<>();
		Map<String, Long> types = new TreeMap<>();
		List<String> schema = schema(tx);
		java.security.MessageDigest digest = BackupFiles.digest();
		try (OutputStream raw = new java.security.DigestOutputStream(
				Files.newOutputStream(BackupFiles.ownerOnly(Files.createFile(file))), digest);
				BufferedWriter out = new BufferedWriter(
						new OutputStreamWriter(new GZIPOutputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
			for (String statement : schema) {
				line(out, Map.of("schema", statement));
			}
			var nodeRows = tx.run("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props");
			while (nodeRows.hasNext()) {
				Record r = nodeRows.next();
				List<String> nodeLabels = r.get("labels").asList((v) -> v.asString());
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("node", r.get("id").asString());
				row.put("labels", nodeLabels.stream().sorted().toList());
				row.put("props", PropertyCodec.encode(r.get("props").asMap((v) -> v)));
				line(out, row);
				nodes++;
				nodeLabels.forEach((l) -> labels.merge(l, 1L, Long::sum));
			}
			var relRows = tx.run("""
					MATCH (a)-[r]->(b)
					RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS start, elementId(b) AS end,
					  properties(r) AS props""");
			while (relRows.hasNext()) {
				Record r = relRows.next();
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("rel", r.get("id").asString());
				row.put("type", r.get("type").asString());
				row.put("start", r.get("start").asString());
				row.put("end", r.get("end").asString());
				row.put("props", PropertyCodec.encode(r.get("props").asMap((v) -> v)));
				line(out, row);
				relationships++;
				types.merge(r.get("type").asString(), 1L, Long::sum);
			}
		}
		long audit = tx.run("MATCH (a:__Audit) RETURN count(a) AS c").single().get("c").asLong();
		var head = tx.run("MATCH (h:__AuditHead) RETURN h.seq AS seq").list();
		long auditHead = head.isEmpty() ? -1 : head.get(0).get("seq").asLong();
		long paused = (System.nanoTime() - pausedSince) / 1_000_000;
		return new Manifest(1, application, neo4j(tx), createdAt, null, nodes, relationships, schema.size(), labels,
				types, audit, auditHead, Manifest.DATA, java.util.HexFormat.of().formatHex(digest.digest()), paused);
	}

	/**
	 * The statements that make the schema again: every constraint, and every index that
	 * no constraint owns except the two token lookup indexes every database has.
	 */
	private static List<String> schema(TransactionContext tx) {
		List<String> statements = new java.util.ArrayList<>(
				tx.run("SHOW CONSTRAINTS YIELD name, createStatement RETURN createStatement ORDER BY name")
					.list((r) -> r.get("createStatement").asString()));
		statements.addAll(tx.run("""
				SHOW INDEXES YIELD name, type, owningConstraint, createStatement
				WHERE owningConstraint IS NULL AND type <> 'LOOKUP'
				RETURN createStatement ORDER BY name""").list((r) -> r.get("createStatement").asString()));
		return statements;
	}

	private static String neo4j(TransactionContext tx) {
		return tx.run("CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS v, edition")
			.list((r) -> r.get("name").asString() + " " + r.get("v").asString() + " " + r.get("edition").asString())
			.stream()
			.findFirst()
			.orElse("unknown");
	}

	private static void line(BufferedWriter out, Map<String, Object> row) throws IOException {
		out.write(JSON.writeValueAsString(row));
		out.write('\n');
	}

}
