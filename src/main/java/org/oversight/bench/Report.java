package org.oversight.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes results: {@code results-scale-N.json} next to the markdown, and in
 * {@code benchmarks.md} a section per scale (replaced on a rerun) and the scale curve
 * over every results file present. Each figure is shown with its target and whether it
 * was met.
 */
public final class Report {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private Report() {
	}

	/**
	 * Adds machine and date, writes the JSON and updates the markdown; returns the JSON
	 * file.
	 */
	public static Path write(Map<String, Object> results, Path markdown, Path jsonFolder) {
		results.put("machine", machine());
		results.put("date", LocalDate.now().toString());
		try {
			Files.createDirectories(jsonFolder);
			Path json = jsonFolder.resolve("results-scale-" + scaleName(results.get("scale")) + ".json");
			JSON.writeValue(json.toFile(), results);
			JsonNode node = JSON.valueToTree(results);
			String text = Files.exists(markdown) ? Files.readString(markdown) : "# Benchmarks\n";
			text = replace(text, "scale-" + scaleName(results.get("scale")), section(node));
			text = replace(text, "curve", curve(jsonFolder));
			Files.writeString(markdown, text, StandardCharsets.UTF_8);
			return json;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The operations table: GraphQL and Cypher side by side, and their ratio.
	 */
	static String operations(JsonNode r) {
		StringBuilder md = new StringBuilder();
		md.append(
				"\n| operation | GraphQL p50 / p95 / p99 ms | Cypher p50 / p95 / p99 ms | GraphQL ÷ Cypher at p50 | target | met |\n");
		md.append("| --- | --- | --- | --- | --- | --- |\n");
		r.get("operations").fields().forEachRemaining((e) -> {
			JsonNode op = e.getValue();
			String target2 = op.has("p95Target") ? "p95 ≤ " + op.get("p95Target").asText() + " ms"
					: op.has("ratioTarget") ? "ratio ≤ " + op.get("ratioTarget").asText() : "";
			String errors = (op.path("errors").asLong() > 0) ? " (" + op.get("errors").asText() + " errors)" : "";
			md.append("| ")
				.append(e.getKey())
				.append(" | ")
				.append(percentiles(op.get("graphql")))
				.append(errors)
				.append(" | ")
				.append(percentiles(op.get("cypher")))
				.append(" | ")
				.append(op.has("ratioP50") ? op.get("ratioP50").asText() : "—")
				.append(" | ")
				.append(target2)
				.append(" | ")
				.append(op.has("met") ? met(op.get("met")) : "")
				.append(" |\n");
		});
		return md.toString();
	}

	/**
	 * A focused run (some operations only): adds machine and date and writes
	 * {@code focused-scale-N-TIME.json}, leaving the markdown and the curve alone;
	 * returns the operations table with the machine, date and load averages.
	 */
	public static String writeFocused(Map<String, Object> results, Path jsonFolder) {
		results.put("machine", machine());
		results.put("date", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0).toString());
		try {
			Files.createDirectories(jsonFolder);
			Path json = jsonFolder.resolve(
					"focused-scale-" + scaleName(results.get("scale")) + "-" + System.currentTimeMillis() + ".json");
			JSON.writeValue(json.toFile(), results);
			JsonNode node = JSON.valueToTree(results);
			return "Machine: " + node.get("machine").asText() + ". Date: " + node.get("date").asText()
					+ ". Load average (1 min) before / after: " + node.path("loadAverage").asText() + " / "
					+ node.path("loadAverageAfter").asText() + ". " + node.get("warmUp").asText() + " warm-up and "
					+ node.get("iterations").asText() + " timed rounds per operation.\n" + operations(node)
					+ "Raw figures: " + json + "\n";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A scale as a file name part: 1, 0.1. */
	public static String scaleName(Object scale) {
		double value = ((Number) scale).doubleValue();
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value);
	}

	private static String replace(String text, String key, String body) {
		String begin = "<!-- bench:" + key + " -->";
		String end = "<!-- /bench:" + key + " -->";
		String block = begin + "\n" + body + end;
		int from = text.indexOf(begin);
		int to = text.indexOf(end);
		if (from >= 0 && to > from) {
			return text.substring(0, from) + block + text.substring(to + end.length());
		}
		return text.stripTrailing() + "\n\n" + block + "\n";
	}

	/** The machine in a line: CPU, cores, memory, Java. */
	public static String machine() {
		String cpu = "unknown CPU";
		long cores = 0;
		try {
			List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
			cores = lines.stream().filter((l) -> l.startsWith("processor")).count();
			cpu = lines.stream()
				.filter((l) -> l.startsWith("model name"))
				.findFirst()
				.map((l) -> l.substring(l.indexOf(':') + 1).trim())
				.orElse(cpu);
		}
		catch (IOException ex) {
			cores = Runtime.getRuntime().availableProcessors();
		}
		long memory = 0;
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					memory = Long.parseLong(line.replaceAll("\\D+", "")) / (1024 * 1024);
				}
			}
		}
		catch (IOException ex) {
			// no /proc: leave memory out
		}
		return String.format("%s, %d cores, %d GiB RAM, Java %s", cpu, cores, memory,
				System.getProperty("java.version"));
	}

	private static String section(JsonNode r) {
		StringBuilder md = new StringBuilder();
		md.append("## Benchmark suite, scale ").append(scaleName(r.get("scale").asDouble())).append("\n\n");
		md.append("Command: `java -jar target/oversight-graph.jar bench --scale ")
			.append(scaleName(r.get("scale").asDouble()))
			.append("` (seed ")
			.append(r.get("seed").asText())
			.append(", ")
			.append(r.get("iterations").asText())
			.append(" timed runs per operation after warm-up). Machine: ")
			.append(r.get("machine").asText())
			.append(". Date: ")
			.append(r.get("date").asText())
			.append(". Raw figures: `docs/bench/results-scale-")
			.append(scaleName(r.get("scale").asDouble()))
			.append(".json`.\n\n");
		JsonNode imp = r.get("import");
		md.append("| figure | value | target | met |\n| --- | --- | --- | --- |\n");
		md.append(row("import, whole (check + write), rows/s", imp.get("rowsPerSecond").asText() + " ("
				+ imp.get("rows").asText() + " rows in " + imp.get("seconds").asText() + " s)", "", ""));
		long target = imp.get("target").asLong();
		md.append(row("import, node rows/s (write phase)", imp.get("nodeRowsPerSecond").asText(), "≥ " + target,
				met(imp.get("nodeRowsPerSecond").asLong() >= target)));
		md.append(row("import, relationship rows/s (write phase)", imp.get("relationshipRowsPerSecond").asText(),
				"≥ " + target, met(imp.get("relationshipRowsPerSecond").asLong() >= target)));
		md.append(operations(r));
		md.append("\n| detector | time s | expected | found | recall | precision | target | met |\n");
		md.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
		r.get("detectors").fields().forEachRemaining((e) -> {
			JsonNode d = e.getValue();
			if (d.has("status")) {
				md.append("| ")
					.append(e.getKey())
					.append(" | ")
					.append(d.get("status").asText())
					.append(" | ")
					.append(d.get("expected").asText())
					.append(" | | | | ≤ 5 s, recall 100%, precision ≥ 95% | ")
					.append(d.get("status").asText())
					.append(" |\n");
				return;
			}
			md.append("| ")
				.append(e.getKey())
				.append(" | ")
				.append(d.get("seconds").asText())
				.append(" | ")
				.append(d.get("expected").asText())
				.append(" | ")
				.append(d.get("found").asText())
				.append(" | ")
				.append(percent(d.get("recall")))
				.append(" | ")
				.append(percent(d.get("precision")))
				.append(" | ≤ 5 s, recall 100%, precision ≥ 95% | ")
				.append(met(d.get("met")))
				.append(" |\n");
		});
		md.append("\n| mixed read workload | requests/s | p50 / p95 / p99 ms | errors | target | met |\n");
		md.append("| --- | --- | --- | --- | --- | --- |\n");
		r.get("concurrency").fields().forEachRemaining((e) -> {
			JsonNode c = e.getValue();
			md.append("| ")
				.append(e.getKey())
				.append(" clients | ")
				.append(c.get("requestsPerSecond").asText())
				.append(" | ")
				.append(percentiles(c))
				.append(" | ")
				.append(c.get("errors").asText())
				.append(" | no errors | ")
				.append(met(c.get("met")))
				.append(" |\n");
		});
		JsonNode mem = r.get("memory");
		md.append("\nPeak memory of the process (server, importer and benchmark clients in one JVM): RSS ")
			.append(mem.get("peakRssMb").asText())
			.append(" MB, heap ")
			.append(mem.get("peakHeapMb").asText())
			.append(" MB of ")
			.append(mem.get("maxHeapMb").asText())
			.append(" MB.\n");
		List<String> missed = missed(r);
		md.append(missed.isEmpty() ? "\nEvery target was met.\n"
				: "\n**Targets missed or not measurable: " + String.join("; ", missed) + ".**\n");
		return md.toString();
	}

	private static List<String> missed(JsonNode r) {
		List<String> missed = new ArrayList<>();
		long target = r.get("import").get("target").asLong();
		if (r.get("import").get("nodeRowsPerSecond").asLong() < target) {
			missed.add("import of nodes");
		}
		if (r.get("import").get("relationshipRowsPerSecond").asLong() < target) {
			missed.add("import of relationships");
		}
		r.get("operations").fields().forEachRemaining((e) -> {
			if (e.getValue().has("met") && !e.getValue().get("met").asBoolean(false)) {
				missed.add(e.getKey() + " (" + e.getValue().get("met").asText().replace("false", "missed") + ")");
			}
		});
		r.get("detectors").fields().forEachRemaining((e) -> {
			if (!e.getValue().path("met").asBoolean(false)) {
				missed.add(e.getKey() + " (" + e.getValue().path("status").asText("missed") + ")");
			}
		});
		r.get("concurrency").fields().forEachRemaining((e) -> {
			if (!e.getValue().get("met").asBoolean()) {
				missed.add(e.getKey() + " clients had errors");
			}
		});
		return missed;
	}

	private static String curve(Path folder) throws IOException {
		Map<Double, JsonNode> runs = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().matches("results-scale-.*\\.json"))
				.toList()) {
				JsonNode node = JSON.readTree(file.toFile());
				runs.put(node.get("scale").asDouble(), node);
			}
		}
		StringBuilder md = new StringBuilder(
				"## Scale curve\n\nEach figure at every scale measured (GraphQL p95 in ms unless said).\n\n| figure |");
		runs.keySet().forEach((s) -> md.append(" scale ").append(scaleName(s)).append(" |"));
		md.append("\n| --- |").append(" --- |".repeat(runs.size())).append('\n');
		Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
		for (JsonNode run : runs.values()) {
			put(rows, "rows imported", run.get("import").get("rows").asText(), runs.size());
			put(rows, "import rows/s (whole)", run.get("import").get("rowsPerSecond").asText(), runs.size());
			put(rows, "import node rows/s", run.get("import").get("nodeRowsPerSecond").asText(), runs.size());
			put(rows, "import relationship rows/s", run.get("import").get("relationshipRowsPerSecond").asText(),
					runs.size());
			run.get("operations")
				.fields()
				.forEachRemaining((e) -> put(rows, e.getKey(), e.getValue().get("graphql").isObject()
						? e.getValue().get("graphql").get("p95").asText() : "n/a", runs.size()));
			run.get("detectors")
				.fields()
				.forEachRemaining((e) -> put(rows, e.getKey() + " (s)",
						e.getValue().has("seconds") ? e.getValue().get("seconds").asText() : "n/a", runs.size()));
			run.get("concurrency")
				.fields()
				.forEachRemaining((e) -> put(rows, e.getKey() + " clients, requests/s",
						e.getValue().get("requestsPerSecond").asText(), runs.size()));
			put(rows, "peak RSS MB", run.get("memory").get("peakRssMb").asText(), runs.size());
		}
		rows.forEach((name, values) -> md.append("| ")
			.append(name)
			.append(" | ")
			.append(String.join(" | ", values))
			.append(" |\n"));
		return md.toString();
	}

	private static void put(Map<String, List<String>> rows, String name, String value, int size) {
		rows.computeIfAbsent(name, (k) -> new ArrayList<>()).add(value);
	}

	private static String row(String figure, String value, String target, String met) {
		return "| " + figure + " | " + value + " | " + target + " | " + met + " |\n";
	}

	private static String percentiles(JsonNode node) {
		if (node == null || !node.isObject()) {
			return "not available";
		}
		return node.get("p50").asText() + " / " + node.get("p95").asText() + " / " + node.get("p99").asText();
	}

	private static String percent(JsonNode value) {
		return String.format(Locale.ROOT, "%.0f%%", value.asDouble() * 100);
	}

	private static String met(JsonNode met) {
		return met.isBoolean() ? met(met.asBoolean()) : met.asText();
	}

	private static String met(boolean met) {
		return met ? "met" : "**missed**";
	}

}
