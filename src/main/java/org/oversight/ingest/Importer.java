package org.oversight.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.oversight.audit.AuditLog;
import org.oversight.graph.Cypher;
import org.oversight.model.Model;
import org.oversight.security.Visibility;
import org.oversight.store.EntityWriter;
import org.oversight.store.Provenance;
import org.oversight.store.References;
import org.oversight.store.WriteCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Loads a bundle: checks all of it first (values, references, the features' rules across
 * rows, {@link BundleRule}, and their own files, {@link BundlePart}), then writes nodes,
 * then their references, then the link files, in batches of one transaction each. A batch
 * is written whole or not at all, and every write is an idempotent upsert, so an import
 * stopped half-way completes when run again.
 */
@Component
public class Importer {

	private static final Logger log = LoggerFactory.getLogger(Importer.class);

	private final Model model;

	private final References references;

	private final EntityWriter writer;

	private final Cypher cypher;

	private final AuditLog audit;

	private final List<BundlePart> parts;

	private final List<BundleRule> rules;

	public Importer(Model model, References references, EntityWriter writer, Cypher cypher, AuditLog audit,
			ObjectProvider<BundlePart> parts, ObjectProvider<BundleRule> rules) {
		this.parts = parts.orderedStream().toList();
		this.rules = rules.orderedStream().toList();
		this.audit = audit;
		this.model = model;
		this.references = references;
		this.writer = writer;
		this.cypher = cypher;
	}

	public ImportReport run(Bundle bundle, ImportOptions options, ImportProgress progress) {
		long started = System.nanoTime();
		BundleCheck check = new BundleCheck(this.model, this.references,
				this.parts.stream().map(BundlePart::file).collect(java.util.stream.Collectors.toSet()))
			.run(bundle, options.skipBadRows());
		check.checkRules(this.rules, options.skipBadRows());
		check.source = (options.source() != null) ? options.source() : bundle.source(bundle.name());
		Map<BundlePart, BundlePart.Plan> plans = checkParts(bundle, check);
		long rows = check.entityRows() + check.linkRows()
				+ plans.values().stream().mapToLong(BundlePart.Plan::rows).sum();
		log.info("Checked {} rows of {} in {} ms", rows, bundle.name(), elapsed(started).toMillis());
		boolean refused = options.skipBadRows() ? !check.fileErrors().isEmpty() : !check.errors.isEmpty();
		if (refused) {
			if (!options.dryRun()) {
				this.audit.record(options.recordedBy(), "import", List.of(),
						"refused: " + check.errors.size() + " error(s) in " + bundle.name(), null);
			}
			return new ImportReport(check.errors, List.of(), Map.of(), rows, elapsed(started), options.dryRun());
		}
		List<ImportError> skipped = options.skipBadRows() ? check.errors : List.of();
		Map<String, WriteCounts> counts = options.dryRun() ? plan(check) : write(check, options, progress);
		plans.forEach((part, plan) -> counts.put(part.file(),
				options.dryRun() ? plan.planned() : plan.write(options.recordedBy())));
		ImportReport report = new ImportReport(List.of(), skipped, counts, rows, elapsed(started), options.dryRun());
		if (!options.dryRun()) {
			this.audit.record(options.recordedBy(), "import", List.of(), "ok: " + rows + " rows of " + bundle.name()
					+ " as '" + check.source + "', " + skipped.size() + " skipped", null);
		}
		log.info("Imported {}: {} rows in {} ms ({} skipped)", bundle.name(), rows, report.elapsed().toMillis(),
				skipped.size());
		return report;
	}

	/**
	 * Checks the files kept by features ({@link BundlePart}) once the model's files are
	 * checked, so their references resolve against the rows that passed; their errors
	 * join the bundle's.
	 */
	private Map<BundlePart, BundlePart.Plan> checkParts(Bundle bundle, BundleCheck check) {
		Map<BundlePart, BundlePart.Plan> plans = new LinkedHashMap<>();
		for (BundlePart part : this.parts) {
			for (Bundle.File file : bundle.files()) {
				if (file.name().equals(part.file())) {
					BundlePart.Plan plan = part.check(file, check::kinds);
					plan.errors().forEach((e) -> check.addError(label(file, e), e.line() == 0));
					plans.put(part, plan);
				}
			}
		}
		return plans;
	}

	/**
	 * A feature's error named as the bundle names its file: for a sheet of a workbook, by
	 * sheet and row rather than by the line of the file rendered from it.
	 */
	private static ImportError label(Bundle.File file, ImportError error) {
		if (file.sheet() == null || !error.file().equals(file.name())) {
			return error;
		}
		return new ImportError(file.label(), Workbooks.row(file.sheet(), error.line(), file.name().endsWith(".jsonl")),
				error.column(), error.reason());
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

	/**
	 * Writes nodes, then references, then links. Rows whose ids are new take the cheap
	 * create path; the rest are upserted. A link can only exist already if both its ends
	 * did.
	 */
	private Map<String, WriteCounts> write(BundleCheck check, ImportOptions options, ImportProgress progress) {
		Provenance provenance = new Provenance(check.source, options.recordedBy());
		// Nodes are written twice (the node, then its references); links once.
		Batches batches = new Batches(options.batchSize(), progress, 2 * check.entityRows() + check.linkRows());
		Map<String, WriteCounts> counts = new LinkedHashMap<>();
		Set<String> created = new HashSet<>();
		check.entities.forEach((type, rows) -> {
			Split split = Split.of(rows, (r) -> !check.existing.containsKey(id(r)));
			split.fresh().forEach((r) -> created.add(id(r)));
			WriteCounts c = batches.run("nodes " + type.file(), split.fresh(),
					(batch) -> this.cypher.inWrite((tx) -> this.writer.createNodes(tx, type, batch, provenance)));
			c = c.plus(batches.run("nodes " + type.file(), split.known(),
					(batch) -> this.cypher.inWrite((tx) -> this.writer.upsertNodes(tx, type, batch, provenance))));
			counts.put(type.file(), c);
		});
		check.entities.forEach((type, rows) -> {
			Split split = Split.of(rows, (r) -> created.contains(id(r)));
			batches.run("references " + type.file(), split.fresh(), (batch) -> this.cypher.inWrite((tx) -> {
				this.writer.createReferences(tx, type, batch, provenance);
				return WriteCounts.NONE;
			}));
			batches.run("references " + type.file(), split.known(), (batch) -> this.cypher.inWrite((tx) -> {
				this.writer.upsertReferences(tx, type, batch, provenance, Visibility.ALL);
				return WriteCounts.NONE;
			}));
		});
		check.links.forEach((link, rows) -> {
			Split split = Split.of(rows,
					(r) -> link.identified() ? !check.existingLinkIds.contains(id(r))
							: created.contains((String) r.values().get(link.from().name()))
									|| created.contains((String) r.values().get(link.to().name())));
			WriteCounts c = batches.run("links " + link.file(), split.fresh(),
					(batch) -> this.cypher.inWrite((tx) -> this.writer.createLinks(tx, link, batch, provenance)));
			c = c.plus(batches.run("links " + link.file(), split.known(),
					(batch) -> this.cypher.inWrite((tx) -> this.writer.upsertLinks(tx, link, batch, provenance))));
			counts.put(link.file(), c);
		});
		return counts;
	}

	private static String id(CheckedRow row) {
		return (String) row.values().get("id");
	}

	/** Rows parted into those taking the create path and those taking the upsert path. */
	private record Split(List<CheckedRow> fresh, List<CheckedRow> known) {

		static Split of(List<CheckedRow> rows, java.util.function.Predicate<CheckedRow> isFresh) {
			List<CheckedRow> fresh = new ArrayList<>();
			List<CheckedRow> known = new ArrayList<>();
			rows.forEach((r) -> (isFresh.test(r) ? fresh : known).add(r));
			return new Split(fresh, known);
		}

	}

	private interface BatchWrite {

		WriteCounts write(List<Map<String, Object>> batch);

	}

	/** Cuts rows into transactions of the batch size and reports progress after each. */
	private static final class Batches {

		private final int size;

		private final ImportProgress progress;

		private final long total;

		private long done;

		Batches(int size, ImportProgress progress, long total) {
			this.size = size;
			this.progress = progress;
			this.total = total;
		}

		WriteCounts run(String phase, List<CheckedRow> rows, BatchWrite write) {
			long started = System.nanoTime();
			WriteCounts counts = WriteCounts.NONE;
			for (int from = 0; from < rows.size(); from += this.size) {
				List<Map<String, Object>> batch = new ArrayList<>();
				rows.subList(from, Math.min(rows.size(), from + this.size)).forEach((r) -> batch.add(r.values()));
				counts = counts.plus(write.write(batch));
				this.done += batch.size();
				this.progress.written(phase, this.done, this.total);
			}
			if (!rows.isEmpty()) {
				log.info("{}: {} rows in {} ms", phase, rows.size(), (System.nanoTime() - started) / 1_000_000);
			}
			return counts;
		}

	}

	private static Duration elapsed(long started) {
		return Duration.ofNanos(System.nanoTime() - started);
	}

}
