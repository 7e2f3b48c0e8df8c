package org.oversight.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.oversight.OversightGraph;
import org.oversight.generator.Generator;
import org.oversight.generator.Layout;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.ingest.Bundle;
import org.oversight.ingest.ImportOptions;
import org.oversight.ingest.ImportReport;
import org.oversight.ingest.Importer;
import org.oversight.security.Role;
import org.oversight.security.UserService;
import org.oversight.security.Visibility;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the benchmark suite on one running server: dataset, import, single-client
 * latencies through GraphQL and Cypher, detectors scored against the ground truth, mixed
 * concurrent load, memory. Returns every figure as a map, ready for JSON.
 */
public final class Benchmark {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String USER = "bench";

	/**
	 * What to run.
	 *
	 * @param scale the dataset's scale
	 * @param seed the generator's seed
	 * @param dataset the dataset folder: reused if it holds a ground truth, else
	 * generated
	 * @param database the (fresh) folder of the embedded database
	 * @param iterations timed runs per operation, after warm-up
	 * @param warmUp untimed runs per operation first, so both sides are compiled by the
	 * JIT before they are timed
	 * @param clients the numbers of concurrent clients to try
	 * @param seconds how long each concurrency level runs
	 * @param only if not empty, measure only the operations whose names contain one of
	 * these, and skip detectors and the concurrent workload (a focused run)
	 * @param properties Spring properties passed through
	 */
	public record Options(double scale, long seed, Path dataset, Path database, int iterations, int warmUp,
			List<Integer> clients, int seconds, List<String> only, List<String> properties) {

		boolean focused() {
			return !this.only.isEmpty();
		}

		boolean selected(Operation operation) {
			return this.only.isEmpty() || this.only.stream().anyMatch(operation.name()::contains);
		}

	}

	private final Options options;

	private final Consumer<String> out;

	public Benchmark(Options options, Consumer<String> out) {
		this.options = options;
		this.out = out;
	}

	public Map<String, Object> run() {
		Map<String, Object> results = new LinkedHashMap<>();
		results.put("scale", this.options.scale());
		results.put("seed", this.options.seed());
		results.put("iterations", this.options.iterations());
		results.put("warmUp", this.options.warmUp());
		results.put("loadAverage", loadAverage());
		results.put("dataset", dataset());
		String password = password();
		try (ConfigurableApplicationContext context = start()) {
			results.put("import", load(context));
			context.getBean(UserService.class).save(USER, password, Role.ADMIN, null, null, null);
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
			GraphQlClient client = new GraphQlClient(port, USER, password);
			Layout layout = new Layout(this.options.scale());
			Pickers pickers = new Pickers(layout);
			List<Operation> operations = Operation.load();
			Cypher driver = context.getBean(Cypher.class);
			QueryCatalogue queries = context.getBean(QueryCatalogue.class);
			Map<String, Object> measured = new LinkedHashMap<>();
			List<Operation> available = new ArrayList<>();
			for (Operation operation : operations) {
				if (!this.options.selected(operation)) {
					continue;
				}
				Map<String, Object> figures = measure(operation, client, driver, queries, pickers);
				measured.put(operation.name(), figures);
				if (operation.mixed() && !"not available".equals(figures.get("graphql"))) {
					available.add(operation);
				}
			}
			results.put("operations", measured);
			if (!this.options.focused()) {
				results.put("detectors", detectors(client));
				results.put("concurrency", concurrency(available, client, pickers));
			}
		}
		results.put("loadAverageAfter", loadAverage());
		results.put("memory", memory());
		return results;
	}

	// ---- dataset and import

	private Map<String, Object> dataset() {
		Path folder = this.options.dataset();
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("folder", folder.toString());
		if (Files.exists(folder.resolve(Generator.GROUND_TRUTH))) {
			this.out.accept("Reusing the dataset in " + folder);
			dataset.put("generated", false);
			return dataset;
		}
		long started = System.nanoTime();
		Generator.Summary summary = new Generator(this.options.scale(), this.options.seed()).run(folder, this.out);
		dataset.put("generated", true);
		dataset.put("rows", summary.total());
		dataset.put("generateSeconds", seconds(started));
		return dataset;
	}

	private ConfigurableApplicationContext start() {
		this.out.accept("Starting the server on " + this.options.database());
		List<String> args = new ArrayList<>(
				List.of("--oversight.data-dir=" + this.options.database(), "--server.port=0", "--oversight.bolt.port=0",
						"--oversight.load-sample=false", "--logging.level.org.oversight=warn"));
		args.addAll(this.options.properties());
		return new SpringApplicationBuilder(OversightGraph.class).run(args.toArray(String[]::new));
	}

	private Map<String, Object> load(ConfigurableApplicationContext context) {
		this.out.accept("Importing " + this.options.dataset());
		PhaseClock clock = new PhaseClock(this.out);
		ImportReport report = context.getBean(Importer.class)
			.run(Bundle.of(this.options.dataset()), new ImportOptions(false, false, "bench", "bench", 5000), clock);
		if (!report.ok()) {
			report.errors().stream().limit(20).forEach((e) -> this.out.accept(e.toString()));
			throw new IllegalStateException(report.errors().size() + " import error(s) in the dataset");
		}
		Map<String, Object> figures = new LinkedHashMap<>();
		double total = report.elapsed().toNanos() / 1e9;
		figures.put("rows", report.rows());
		figures.put("seconds", Latencies.round(total));
		figures.put("rowsPerSecond", Math.round(report.rows() / total));
		figures.put("nodeRows", clock.nodeRows);
		figures.put("nodeRowsPerSecond", Math.round(clock.nodeRows / Math.max(1e-9, clock.nodeNanos / 1e9)));
		figures.put("relationshipRows", clock.relationshipRows);
		figures.put("relationshipRowsPerSecond",
				Math.round(clock.relationshipRows / Math.max(1e-9, clock.relationshipNanos / 1e9)));
		figures.put("checkSeconds", Latencies.round(clock.checkNanos / 1e9));
		figures.put("target", 25_000);
		this.out.accept(String.format("Imported %,d rows in %.1f s", report.rows(), total));
		return figures;
	}

	/** Splits an import's time between writing nodes and writing relationships. */
	private static final class PhaseClock implements org.oversight.ingest.ImportProgress {

		private final Consumer<String> out;

		private final long started = System.nanoTime();

		private long last = this.started;

		private long lastDone;

		private long lastShown;

		long nodeRows;

		long nodeNanos;

		long relationshipRows;

		long relationshipNanos;

		long checkNanos = -1;

		PhaseClock(Consumer<String> out) {
			this.out = out;
		}

		@Override
		public void written(String phase, long done, long total) {
			long now = System.nanoTime();
			if (this.checkNanos < 0) {
				// the first batch: what came before it was the check, spread over the
				// batch
				this.checkNanos = 0;
			}
			long rows = done - this.lastDone;
			long nanos = now - this.last;
			if (phase.startsWith("nodes")) {
				this.nodeRows += rows;
				this.nodeNanos += nanos;
			}
			else {
				this.relationshipRows += rows;
				this.relationshipNanos += nanos;
			}
			this.lastDone = done;
			this.last = now;
			if (now - this.lastShown > 1_000_000_000L || done == total) {
				this.lastShown = now;
				this.out.accept(String.format("%5.1f%%  import  %s", 100.0 * done / Math.max(1, total), phase));
			}
		}

	}

	// ---- single-client latencies

	/**
	 * One operation side by side: each timed round draws its parameters once and runs
	 * them through GraphQL and through the driver, alternating which goes first, so both
	 * see the same load and the same data; the ratio of the two is what is believed, not
	 * the absolute times. Both are warmed up first, long enough for the JIT.
	 */
	private Map<String, Object> measure(Operation operation, GraphQlClient client, Cypher driver,
			QueryCatalogue queries, Pickers pickers) {
		this.out.accept("Measuring " + operation.name());
		Map<String, Object> figures = new LinkedHashMap<>();
		SplittableRandom random = new SplittableRandom(this.options.seed());
		GraphQlClient.Answer probe = client.post(operation.graphql(),
				graphQlVariables(pickers.pick(operation.picker(), random)));
		boolean withGraphQl = !probe.notAvailable();
		if (!withGraphQl) {
			figures.put("graphql", "not available");
			figures.put("reason", probe.error());
		}
		String text = (operation.cypher() == null) ? null : operation.cypher().startsWith("@")
				? queries.text(operation.cypher().substring(1), Visibility.ALL::allows) : operation.cypher();
		Latencies graphql = withGraphQl ? new Latencies() : null;
		Latencies cypher = (text != null) ? new Latencies() : null;
		long[] errors = { 0 };
		String[] firstError = { probe.error() };
		for (int i = 0; i < this.options.warmUp() + this.options.iterations(); i++) {
			boolean timed = i >= this.options.warmUp();
			Map<String, Object> picked = pickers.pick(operation.picker(), random);
			Runnable viaGraphQl = () -> {
				long t0 = System.nanoTime();
				GraphQlClient.Answer answer = client.post(operation.graphql(), graphQlVariables(picked));
				long took = System.nanoTime() - t0;
				if (timed) {
					graphql.add(took);
					if (!answer.ok()) {
						errors[0]++;
						firstError[0] = (firstError[0] != null) ? firstError[0] : answer.error();
					}
				}
			};
			Runnable viaDriver = () -> {
				Map<String, Object> params = Visibility.ALL.with(picked);
				long t0 = System.nanoTime();
				driver.read(text, params, (r) -> r);
				long took = System.nanoTime() - t0;
				if (timed) {
					cypher.add(took);
				}
			};
			boolean graphQlFirst = (i % 2 == 0);
			if (withGraphQl && graphQlFirst) {
				viaGraphQl.run();
			}
			if (cypher != null) {
				viaDriver.run();
			}
			if (withGraphQl && !graphQlFirst) {
				viaGraphQl.run();
			}
		}
		if (graphql != null) {
			figures.put("graphql", graphql.summary());
			figures.put("errors", errors[0]);
			if (firstError[0] != null) {
				figures.put("firstError", firstError[0]);
			}
		}
		figures.put("cypher", (cypher == null) ? "not available" : cypher.summary());
		if (graphql != null && cypher != null) {
			figures.put("ratioP50", Latencies.round(graphql.percentile(50) / cypher.percentile(50)));
			figures.put("overheadP50Ms", Latencies.round(graphql.percentile(50) - cypher.percentile(50)));
		}
		if (operation.p95Target() != null) {
			figures.put("p95Target", operation.p95Target());
			figures.put("met", (graphql == null) ? "not available" : graphql.percentile(95) <= operation.p95Target());
		}
		if (operation.ratioTarget() != null) {
			figures.put("ratioTarget", operation.ratioTarget());
			figures.put("met", figures.containsKey("ratioP50")
					? (double) figures.get("ratioP50") <= operation.ratioTarget() : "not available");
		}
		return figures;
	}

	/** GraphQL variables: the picked parameters minus those only the Cypher needs. */
	private static Map<String, Object> graphQlVariables(Map<String, Object> picked) {
		Map<String, Object> variables = new LinkedHashMap<>(picked);
		variables.remove("rounds");
		return variables;
	}

	/** The one-minute load average, or -1 where /proc is missing. */
	static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	// ---- detectors

	private Map<String, Object> detectors(GraphQlClient client) {
		JsonNode truth;
		try {
			truth = JSON.readTree(this.options.dataset().resolve(Generator.GROUND_TRUTH).toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String asOf = truth.get("asOf").asText();
		Map<String, Set<String>> expected = new LinkedHashMap<>();
		truth.get("counts").fieldNames().forEachRemaining((rule) -> expected.put(rule, new HashSet<>()));
		for (JsonNode hit : truth.get("hits")) {
			expected.get(hit.get("rule").asText()).add(hit.get("subject").asText());
		}
		Map<String, Object> detectors = new LinkedHashMap<>();
		String document = "query($rules: [String!], $asOf: String, $first: Int) "
				+ "{ redFlags(rules: $rules, asOf: $asOf, first: $first) { rule subject } }";
		for (Map.Entry<String, Set<String>> rule : expected.entrySet()) {
			this.out.accept("Detector " + rule.getKey());
			Map<String, Object> figures = new LinkedHashMap<>();
			// 1000 is the API's cap on redFlags(first); a rule with more expected hits is
			// scored on the first 1000.
			Map<String, Object> variables = Map.of("rules", List.of(rule.getKey()), "asOf", asOf, "first", 1000);
			long t0 = System.nanoTime();
			GraphQlClient.Answer answer = client.post(document, variables);
			double seconds = (System.nanoTime() - t0) / 1e9;
			figures.put("expected", rule.getValue().size());
			if (answer.notAvailable()) {
				figures.put("status", "not available");
			}
			else if (!answer.ok()) {
				figures.put("status", "error");
				figures.put("error", answer.error());
			}
			else {
				Set<String> found = new HashSet<>();
				answer.data().path("redFlags").forEach((hit) -> found.add(hit.path("subject").asText()));
				long right = found.stream().filter(rule.getValue()::contains).count();
				figures.put("seconds", Latencies.round(seconds));
				figures.put("found", found.size());
				figures.put("recall",
						rule.getValue().isEmpty() ? 1.0 : Latencies.round((double) right / rule.getValue().size()));
				figures.put("precision", found.isEmpty() ? 1.0 : Latencies.round((double) right / found.size()));
				figures.put("met", seconds <= 5 && right == rule.getValue().size()
						&& (found.isEmpty() || right >= 0.95 * found.size()));
			}
			detectors.put(rule.getKey(), figures);
		}
		return detectors;
	}

	// ---- concurrency

	private Map<String, Object> concurrency(List<Operation> operations, GraphQlClient client, Pickers pickers) {
		Map<String, Object> levels = new LinkedHashMap<>();
		if (operations.isEmpty()) {
			return levels;
		}
		for (int clients : this.options.clients()) {
			this.out.accept("Mixed read workload, " + clients + " clients, " + this.options.seconds() + " s");
			Latencies latencies = new Latencies();
			AtomicLong errors = new AtomicLong();
			List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
			long deadline = System.nanoTime() + Duration.ofSeconds(this.options.seconds()).toNanos();
			ExecutorService pool = Executors.newFixedThreadPool(clients);
			List<Future<?>> running = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				SplittableRandom random = new SplittableRandom(this.options.seed() * 31 + c);
				running.add(pool.submit(() -> {
					while (System.nanoTime() < deadline) {
						Operation operation = operations.get(random.nextInt(operations.size()));
						Map<String, Object> variables = graphQlVariables(pickers.pick(operation.picker(), random));
						long t0 = System.nanoTime();
						GraphQlClient.Answer answer = client.post(operation.graphql(), variables);
						latencies.add(System.nanoTime() - t0);
						if (!answer.ok()) {
							errors.incrementAndGet();
							if (firstErrors.size() < 3) {
								firstErrors.add(operation.name() + ": " + answer.error());
							}
						}
					}
				}));
			}
			long started = System.nanoTime();
			for (Future<?> future : running) {
				try {
					future.get();
				}
				catch (Exception ex) {
					errors.incrementAndGet();
				}
			}
			pool.shutdown();
			double seconds = (System.nanoTime() - started) / 1e9;
			Map<String, Object> figures = new LinkedHashMap<>(latencies.summary());
			figures.put("requestsPerSecond", Latencies.round(latencies.count() / seconds));
			figures.put("errors", errors.get());
			if (!firstErrors.isEmpty()) {
				figures.put("firstErrors", List.copyOf(firstErrors));
			}
			figures.put("met", errors.get() == 0);
			levels.put(String.valueOf(clients), figures);
		}
		return levels;
	}

	// ---- memory

	private static Map<String, Object> memory() {
		Map<String, Object> memory = new LinkedHashMap<>();
		long heap = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				heap += pool.getPeakUsage().getUsed();
			}
		}
		memory.put("peakHeapMb", heap / (1024 * 1024));
		memory.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
		memory.put("peakRssMb", peakRssMb());
		return memory;
	}

	/** The process's peak resident set (VmHWM), or -1 where /proc is missing. */
	static long peakRssMb() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux: no figure
		}
		return -1;
	}

	private static double seconds(long started) {
		return Latencies.round((System.nanoTime() - started) / 1e9);
	}

	private static String password() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
