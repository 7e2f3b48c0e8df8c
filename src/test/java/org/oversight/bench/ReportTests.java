package org.oversight.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report says plainly which targets were missed or could not be measured, replaces
 * its own section on a rerun and keeps the rest of the page.
 */
class ReportTests {

	@TempDir
	Path dir;

	@Test
	void missedAndUnavailableTargetsAreNamedAndARerunReplacesTheSection() throws IOException {
		Path markdown = this.dir.resolve("benchmarks.md");
		Files.writeString(markdown, "# Benchmarks\n\nEarlier notes stay.\n");
		Report.write(results(12_000), markdown, this.dir.resolve("bench"));
		Report.write(results(30_000), markdown, this.dir.resolve("bench"));

		String text = Files.readString(markdown);
		assertThat(text).contains("Earlier notes stay.", "## Benchmark suite, scale 0.1", "## Scale curve");
		assertThat(text.split("## Benchmark suite, scale 0.1", -1)).hasSize(2);
		assertThat(text).contains("import, node rows/s (write phase) | 30000 | ≥ 25000 | met");
		assertThat(text).contains("**Targets missed or not measurable:", "neighbourhood depth 2 (not available)",
				"CIRCULAR_FLOW (not available)", "import of relationships");
		assertThat(this.dir.resolve("bench/results-scale-0.1.json")).exists();
	}

	private static Map<String, Object> results(long nodeRate) {
		Map<String, Object> results = new LinkedHashMap<>();
		results.put("scale", 0.1);
		results.put("seed", 1L);
		results.put("iterations", 5);
		results.put("import", new LinkedHashMap<>(Map.of("rows", 1000, "seconds", 1.0, "rowsPerSecond", 1000,
				"nodeRowsPerSecond", nodeRate, "relationshipRowsPerSecond", 9000, "target", 25_000)));
		Map<String, Object> operations = new LinkedHashMap<>();
		Map<String, Object> lookup = new LinkedHashMap<>();
		lookup.put("graphql", Map.of("samples", 5, "p50", 2.0, "p95", 3.0, "p99", 4.0));
		lookup.put("cypher", Map.of("samples", 5, "p50", 1.0, "p95", 2.0, "p99", 3.0));
		lookup.put("ratioP50", 2.0);
		operations.put("lookup by id", lookup);
		operations.put("neighbourhood depth 2",
				Map.of("graphql", "not available", "cypher", "not available", "p95Target", 20, "met", "not available"));
		results.put("operations", operations);
		results.put("detectors", Map.of("CIRCULAR_FLOW", Map.of("expected", 2, "status", "not available")));
		results.put("concurrency", Map.of("8", Map.of("samples", 10, "p50", 1.0, "p95", 2.0, "p99", 3.0,
				"requestsPerSecond", 100.0, "errors", 0, "met", true)));
		results.put("memory", Map.of("peakHeapMb", 100, "maxHeapMb", 1000, "peakRssMb", 500));
		results.put("clients", List.of(8));
		return results;
	}

}
