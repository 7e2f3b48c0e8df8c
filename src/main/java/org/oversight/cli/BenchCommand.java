package org.oversight.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.oversight.bench.Benchmark;
import org.oversight.bench.Report;
import org.oversight.generator.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench --scale N}: generates (or reuses) a dataset, imports it into a fresh
 * embedded database, starts the server on it and measures; results go to
 * {@code docs/benchmarks.md} and {@code docs/bench/results-scale-N.json}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = "Benchmark: generate or reuse a dataset, import it, measure GraphQL against raw Cypher, detectors, concurrency.")
class BenchCommand implements Callable<Integer> {

	@Option(names = "--scale", defaultValue = "0.1", description = "Dataset scale (default 0.1; 1 is one prefecture).")
	double scale;

	@Option(names = "--seed", defaultValue = "1", description = "Generator seed (default 1).")
	long seed;

	@Option(names = "--data-dir", defaultValue = "bench-data",
			description = "Where datasets and the benchmark's databases go (default ./bench-data).")
	Path dataDir;

	@Option(names = "--reuse", description = "A dataset folder made by generate, used as it is.")
	Path reuse;

	@Option(names = "--iterations", defaultValue = "200",
			description = "Timed runs per operation, each through GraphQL and Cypher (default 200).")
	int iterations;

	@Option(names = "--warm-up", defaultValue = "300",
			description = "Untimed runs per operation before timing, for the JIT (default 300).")
	int warmUp;

	@Option(names = "--only", split = ",",
			description = "Measure only the operations whose names contain one of these (comma-separated); skips detectors and the concurrent workload.")
	List<String> only = List.of();

	@Option(names = "--clients", defaultValue = "8,32", split = ",",
			description = "Concurrent clients of the mixed workload (default 8,32).")
	List<Integer> clients;

	@Option(names = "--seconds", defaultValue = "20",
			description = "How long each concurrency level runs (default 20).")
	int seconds;

	@Option(names = "--quick",
			description = "A minute or two: scale 0.05, the side-by-side operations only, few rounds; compares each GraphQL ÷ Cypher ratio with --baseline and exits 1 when one is past twice its recorded value (for CI).")
	boolean quick;

	@Option(names = "--baseline", defaultValue = "docs/bench/quick-baseline.json",
			description = "With --quick: the recorded ratios to compare with (default docs/bench/quick-baseline.json).")
	Path baseline;

	@Option(names = "--record-baseline",
			description = "With --quick: write the ratios measured now as the baseline instead of comparing.")
	boolean recordBaseline;

	@Option(names = "--out", defaultValue = "docs/benchmarks.md",
			description = "The markdown to update; the JSON goes to bench/ beside it (default docs/benchmarks.md).")
	Path out;

	@Override
	public Integer call() {
		if (!(this.scale > 0) || Double.isInfinite(this.scale)) {
			System.err.println("--scale must be a number above 0, not " + this.scale);
			return 2;
		}
		if (this.iterations < 1 || this.warmUp < 0 || this.seconds < 1
				|| this.clients.stream().anyMatch((c) -> c < 1)) {
			System.err.println("--iterations, --seconds and --clients must be at least 1, --warm-up at least 0");
			return 2;
		}
		if (this.reuse != null && !Files.exists(this.reuse.resolve(Generator.GROUND_TRUTH))) {
			System.err.println(
					"--reuse " + this.reuse + ": no " + Generator.GROUND_TRUTH + " there (make one with generate)");
			return 2;
		}
		if (this.quick) {
			this.scale = QuickCheck.SCALE;
			this.iterations = QuickCheck.ITERATIONS;
			this.warmUp = QuickCheck.WARM_UP;
			this.only = QuickCheck.OPERATIONS;
		}
		String name = Report.scaleName(this.scale);
		Path dataset = (this.reuse != null) ? this.reuse
				: this.dataDir.resolve("dataset-scale-" + name + "-seed-" + this.seed);
		Path database = this.dataDir.resolve("db-" + System.currentTimeMillis());
		Benchmark.Options options = new Benchmark.Options(this.scale, this.seed, dataset, database, this.iterations,
				this.warmUp, List.copyOf(this.clients), this.seconds, List.copyOf(this.only), Cli.properties());
		Map<String, Object> results = new Benchmark(options, System.out::println).run();
		if (this.quick) {
			deleteQuietly(database);
			return QuickCheck.judge(results, this.baseline, this.recordBaseline, System.out);
		}
		if (!this.only.isEmpty()) {
			System.out.println(Report.writeFocused(results, this.out.toAbsolutePath().getParent().resolve("bench")));
			deleteQuietly(database);
			return 0;
		}
		Path json = Report.write(results, this.out, this.out.toAbsolutePath().getParent().resolve("bench"));
		System.out.println("Results in " + this.out + " and " + json);
		deleteQuietly(database);
		return 0;
	}

	private static void deleteQuietly(Path folder) {
		try (var paths = Files.walk(folder)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (java.io.IOException ex) {
			System.err.println("could not remove " + folder + ": " + ex.getMessage());
		}
	}

}
