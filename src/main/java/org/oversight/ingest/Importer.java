package org.oversight.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.oversight.graph.Cypher;
import org.oversight.model.Model;
import org.oversight.store.EntityWriter;
import org.oversight.store.Provenance;
import org.oversight.store.References;
import org.oversight.store.WriteCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads a bundle: checks all of it first, then writes nodes, then their references, then
 * the link files, in batches of one transaction each. A batch is written whole or not at
 * all, and every write is an idempotent upsert, so an import stopped half-way completes
 * when run again.
 */
@Component
public class Importer {

	private static final Logger log = LoggerFactory.getLogger(Importer.class);

	private final Model model;

	private final References references;

	private final EntityWriter writer;

	private final Cypher cypher;

	public Importer(Model model, References references, EntityWriter writer, Cypher cypher) {
		this.model = model;
		this.references = references;
		this.writer = writer;
		this.cypher = cypher;
	}

	public ImportReport run(Bundle bundle, ImportOptions options, ImportProgress progress) {
		long started = System.nanoTime();
		BundleCheck check = new BundleCheck(this.model, this.references).run(bundle, options.skipBadRows());
		check.source = (options.source() != null) ? options.source() : bundle.source(bundle.name());
		long rows = rowCount(check);
		boolean refused = options.skipBadRows() ? !check.fileErrors().isEmpty() : !check.errors.isEmpty();
		if (refused) {
			return new ImportReport(check.errors, List.of(), Map.of(), rows, elapsed(started), options.dryRun());
		}
		List<ImportError> skipped = options.skipBadRows() ? check.errors : List.of();
		Map<String, WriteCounts> counts = options.dryRun() ? plan(check) : write(check, options, progress, rows);
		ImportReport report = new ImportReport(List.of(), skipped, counts, rows, elapsed(started), options.dryRun());
		log.info("Imported {}: {} rows in {} ms ({} skipped)", bundle.name(), rows, report.elapsed().toMillis(),
				skipped.size());
		return report;
	}

	private Map<String, WriteCounts> plan(BundleCheck check) {
		Map<String, WriteCounts> counts = new LinkedHashMap<>();
		check.entities.forEach((type, rows) -> {
			long existing = rows.stream()
				.filter((r) -> check.existing.containsKey((String) r.values().get("id")))
				.count();
			counts.put(type.file(), new WriteCounts(rows.size() - existing, existing, 0));
		});
		check.links.forEach((link, rows) -> counts.put(link.file(), new WriteCounts(rows.size(), 0, 0)));
		return counts;
	}

	private Map<String, WriteCounts> write(BundleCheck check, ImportOptions options, ImportProgress progress,
			long total) {
		Provenance provenance = new Provenance(check.source, options.recordedBy());
		Map<String, WriteCounts> counts = new LinkedHashMap<>();
		long[] done = { 0 };
		check.entities.forEach((type, rows) -> counts.put(type.file(),
				inBatches(rows, options,
						(batch) -> this.cypher.inWrite((tx) -> this.writer.upsertNodes(tx, type, batch, provenance)),
						"nodes " + type.file(), progress, done, total * 2)));
		check.entities.forEach((type, rows) -> inBatches(rows, options, (batch) -> this.cypher.inWrite((tx) -> {
			this.writer.upsertReferences(tx, type, batch, provenance);
			return WriteCounts.NONE;
		}), "references " + type.file(), progress, done, total * 2));
		check.links.forEach((link, rows) -> counts.put(link.file(),
				inBatches(rows, options,
						(batch) -> this.cypher.inWrite((tx) -> this.writer.upsertLinks(tx, link, batch, provenance)),
						"links " + link.file(), progress, done, total * 2)));
		return counts;
	}

	private interface BatchWrite {

		WriteCounts write(List<Map<String, Object>> batch);

	}

	private WriteCounts inBatches(List<CheckedRow> rows, ImportOptions options, BatchWrite write, String phase,
			ImportProgress progress, long[] done, long total) {
		WriteCounts counts = WriteCounts.NONE;
		for (int from = 0; from < rows.size(); from += options.batchSize()) {
			List<Map<String, Object>> batch = new ArrayList<>();
			rows.subList(from, Math.min(rows.size(), from + options.batchSize())).forEach((r) -> batch.add(r.values()));
			counts = counts.plus(write.write(batch));
			done[0] += batch.size();
			progress.written(phase, done[0], total);
		}
		return counts;
	}

	private static long rowCount(BundleCheck check) {
		long rows = 0;
		for (List<CheckedRow> r : check.entities.values()) {
			rows += r.size();
		}
		for (List<CheckedRow> r : check.links.values()) {
			rows += r.size();
		}
		return rows;
	}

	private static Duration elapsed(long started) {
		return Duration.ofNanos(System.nanoTime() - started);
	}

}
