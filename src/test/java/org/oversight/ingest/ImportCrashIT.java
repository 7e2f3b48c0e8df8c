package org.oversight.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.oversight.CliProcess;
import org.oversight.generator.Generator;
import org.oversight.graph.EmbeddedNeo4j;
import org.oversight.graph.OversightProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The importer killed with SIGKILL at random moments, ten times over, on a generated
 * bundle: after every kill the store opens, and every batch of the files with ids
 * (entities, transfers) is all there or absent; the import run once more then ends in the
 * same export as an import never interrupted.
 *
 * <p>
 * Batches of one file are written in file order, each in one transaction, and a run after
 * a crash writes the rows still missing in that order too; so if batches are whole, the
 * rows of a file present after any crash are its first k rows with k a multiple of the
 * batch size (or all of them). A half-written batch breaks that.
 */
class ImportCrashIT {

	private static final int KILLS = 10;

	private static final int BATCH = 100;

	private static final Duration RUN = Duration.ofMinutes(10);

	/**
	 * The start EXPLAINs every named query; on a machine shared by many builds that can
	 * outlast the default statement timeout, which is not what this test is about.
	 */
	private static final String SLOW_MACHINE = "--oversight.limits.query-timeout=10m";

	@TempDir
	Path dir;

	/** Printed on failure; {@code -Dcrash.seed=N} replays the same moments. */
	private final long seed = Long.getLong("crash.seed", System.nanoTime());

	private final Random random = new Random(this.seed);

	@Test
	void killedAtRandomTheImportLeavesWholeBatchesAndCompletesWhenRunAgain() throws Exception {
		Path bundle = this.dir.resolve("bundle");
		new Generator(0.002, 11).run(bundle, (line) -> {
		});
		Path logs = this.dir.resolve("logs");

		// Uninterrupted: the export to reach, and how long starting and writing take.
		Path reference = this.dir.resolve("reference");
		long started = System.nanoTime();
		CliProcess whole = CliProcess.start(logs, importArgs(bundle, reference));
		long checked = untilChecked(whole);
		whole.waitFor(RUN);
		long ended = System.nanoTime();
		assertThat(whole.exitCode()).as(whole::err).isZero();
		long startMillis = (checked - started) / 1_000_000;
		long writeMillis = Math.max(1, (ended - checked) / 1_000_000);
		export(logs, reference, this.dir.resolve("reference-export"));

		Path crashed = this.dir.resolve("crashed");
		Map<String, List<String>> ids = idsByFile(bundle);
		int kills = 0;
		int killedWhileWriting = 0;
		for (int attempt = 0; kills < KILLS && attempt < 3 * KILLS; attempt++) {
			CliProcess run = CliProcess.start(logs, importArgs(bundle, crashed));
			long t0 = System.nanoTime();
			// Some kills fall while the process starts (recovery, migrations, the check
			// of the bundle), the others while it writes.
			if (attempt % 5 == 0) {
				sleepUntil(t0 + this.random.nextLong(startMillis) * 1_000_000, run);
			}
			else {
				long writing = untilChecked(run);
				sleepUntil(writing + this.random.nextLong(writeMillis * 9 / 10 + 1) * 1_000_000, run);
			}
			if (run.isAlive()) {
				if (run.out().contains("Checked ")) {
					killedWhileWriting++;
				}
				run.kill();
				kills++;
			}
			else {
				// It finished first: a whole import, and the next run upserts every row.
				run.waitFor(RUN);
				assertThat(run.exitCode()).as(run::err).isZero();
			}
			String counts = assertOnlyWholeBatches(crashed, ids,
					"after attempt " + attempt + " (seed " + this.seed + ")");
			String line = String.format("ImportCrashIT: attempt %d, %s %d ms after start: whole batches only (%s)%n",
					attempt, run.out().contains("Checked ") ? "killed while writing," : "killed while starting,",
					(System.nanoTime() - t0) / 1_000_000, counts);
			System.out.print(line);
			Files.writeString(logs.resolve("progress.txt"), line, java.nio.file.StandardOpenOption.CREATE,
					java.nio.file.StandardOpenOption.APPEND);
		}
		assertThat(kills).as("kills (seed %d)", this.seed).isEqualTo(KILLS);
		assertThat(killedWhileWriting).as("kills while writing (seed %d)", this.seed).isGreaterThanOrEqualTo(KILLS / 2);

		CliProcess last = CliProcess.run(logs, RUN, importArgs(bundle, crashed));
		assertThat(last.exitCode()).as(last::err).isZero();
		Path after = this.dir.resolve("crashed-export");
		export(logs, crashed, after);
		assertSameExport(this.dir.resolve("reference-export"), after);
	}

	private static String[] importArgs(Path bundle, Path data) {
		return new String[] { "import", bundle.toString(), "--data-dir", data.toString(), "--batch-size",
				String.valueOf(BATCH), "--oversight.bolt.port=0", "--oversight.page-cache=32m", SLOW_MACHINE };
	}

	private static void export(Path logs, Path data, Path out) throws Exception {
		CliProcess export = CliProcess.run(logs, RUN, "export", out.toString(), "--data-dir", data.toString(),
				"--oversight.bolt.port=0", "--oversight.page-cache=32m", SLOW_MACHINE);
		assertThat(export.exitCode()).as(export::err).isZero();
	}

	/** When the process has checked the bundle and begins to write. */
	private static long untilChecked(CliProcess run) throws InterruptedException {
		while (!run.out().contains("Checked ")) {
			assertThat(run.isAlive()).as(() -> "the import stopped before writing:\n" + run.out() + run.err()).isTrue();
			Thread.sleep(10);
		}
		return System.nanoTime();
	}

	private static void sleepUntil(long nanos, CliProcess run) throws InterruptedException {
		while (System.nanoTime() < nanos && run.isAlive()) {
			Thread.sleep(Math.max(1, Math.min(20, (nanos - System.nanoTime()) / 1_000_000)));
		}
	}

	/** The store opens, and of every file with ids whole batches are there, in order. */
	private static String assertOnlyWholeBatches(Path data, Map<String, List<String>> ids, String when) {
		if (!Files.exists(data.resolve("data/databases"))) {
			return "no database yet";
		}
		StringBuilder counts = new StringBuilder();
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(new OversightProperties(data,
				new OversightProperties.Bolt(0, "127.0.0.1", true, null, true), "32m", null));
				Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.basic(db.user(), db.password()))) {
			ids.forEach((file, fileIds) -> {
				String query = file.equals("transfers.csv")
						? "UNWIND $ids AS id MATCH ()-[t:TRANSFER {id: id}]->() RETURN t.id AS id"
						: "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id";
				Set<String> present = new HashSet<>(driver.executableQuery(query)
					.withParameters(Map.of("ids", fileIds))
					.execute()
					.records()
					.stream()
					.map((r) -> r.get("id").asString())
					.toList());
				int prefix = 0;
				while (prefix < fileIds.size() && present.contains(fileIds.get(prefix))) {
					prefix++;
				}
				String where = when + ", " + file;
				assertThat(present).as("%s: rows present beyond the first %d", where, prefix).hasSize(prefix);
				assertThat(prefix == fileIds.size() || prefix % BATCH == 0)
					.as("%s: %d of %d rows, not a whole number of batches of %d", where, prefix, fileIds.size(), BATCH)
					.isTrue();
				counts.append(file.replace(".csv", ""))
					.append(' ')
					.append(prefix)
					.append('/')
					.append(fileIds.size())
					.append(' ');
			});
		}
		return counts.toString().strip();
	}

	/** The ids of every file whose rows have one, in file order. */
	private static Map<String, List<String>> idsByFile(Path bundle) throws IOException {
		Map<String, List<String>> ids = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(bundle)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".csv")).sorted().toList()) {
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
						CSVParser csv = CSVFormat.DEFAULT.builder()
							.setHeader()
							.setSkipHeaderRecord(true)
							.get()
							.parse(reader)) {
					if (!csv.getHeaderNames().contains("id")) {
						continue;
					}
					List<String> fileIds = new ArrayList<>();
					for (CSVRecord row : csv) {
						fileIds.add(row.get("id"));
					}
					ids.put(file.getFileName().toString(), fileIds);
				}
			}
		}
		return ids;
	}

	private static void assertSameExport(Path expected, Path actual) throws IOException {
		try (Stream<Path> files = Files.list(expected)) {
			List<Path> all = files.filter((f) -> f.toString().endsWith(".csv")).sorted().toList();
			assertThat(all).isNotEmpty();
			for (Path file : all) {
				assertThat(actual.resolve(file.getFileName())).hasSameTextualContentAs(file);
			}
		}
		try (Stream<Path> files = Files.list(actual)) {
			assertThat(files.filter((f) -> f.toString().endsWith(".csv")).count())
				.isEqualTo(Files.list(expected).filter((f) -> f.toString().endsWith(".csv")).count());
		}
	}

}
