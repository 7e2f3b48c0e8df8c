package org.oversight;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.oversight.graph.Cypher;
import org.oversight.ingest.Bundle;
import org.oversight.ingest.ImportOptions;
import org.oversight.ingest.ImportProgress;
import org.oversight.ingest.ImportReport;
import org.oversight.ingest.Importer;

/**
 * Helpers that tests share: unique ids, so tests sharing one database never see each
 * other's data, and counts read straight from the database.
 */
public final class TestData {

	private TestData() {
	}

	/** A prefix unique to one test, e.g. {@code T3F2A-}. */
	public static String prefix() {
		return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-";
	}

	public static long count(Cypher cypher, String query, Map<String, Object> params) {
		return cypher.read(query, params, (r) -> r.get(0).asLong()).get(0);
	}

	/**
	 * A bundle made of CSV texts by file name; each text's {@code $} stands for the
	 * prefix.
	 */
	public static Bundle bundle(String prefix, Map<String, String> files) {
		List<Bundle.File> list = new ArrayList<>();
		new TreeMap<>(files).forEach((name, text) -> {
			byte[] bytes = text.replace("$", prefix).getBytes(StandardCharsets.UTF_8);
			list.add(new Bundle.File(name, () -> new ByteArrayInputStream(bytes)));
		});
		return new Bundle("test", list, null);
	}

	/** Imports a bundle and fails the test if it has errors. */
	public static ImportReport load(Importer importer, String prefix, Map<String, String> files) {
		ImportReport report = importer.run(bundle(prefix, files), ImportOptions.defaults("test"), ImportProgress.NONE);
		if (!report.ok()) {
			throw new AssertionError("fixture does not import: " + report.errors());
		}
		return report;
	}

	/** Nodes and relationships whose ids start with the prefix. */
	public static long[] graphSize(Cypher cypher, String prefix) {
		long nodes = count(cypher, "MATCH (n:Entity) WHERE n.id STARTS WITH $p RETURN count(n)", Map.of("p", prefix));
		long rels = count(cypher, "MATCH (n:Entity)-[r]-() WHERE n.id STARTS WITH $p RETURN count(DISTINCT r)",
				Map.of("p", prefix));
		return new long[] { nodes, rels };
	}

}
