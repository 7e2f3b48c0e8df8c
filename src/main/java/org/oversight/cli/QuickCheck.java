package org.oversight.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.oversight.bench.Report;

/**
 * {@code bench --quick}: a small run whose GraphQL ÷ Cypher ratios, measured side by side
 * in one run, are held against recorded ones, so a change that makes the API slower than
 * its own Cypher is seen when it is made. Ratios, not times: absolute times on shared
 * machines vary several-fold, the ratio of two things timed in alternation does not. The
 * bound is generous (twice the recorded ratio) because a small run is noisy.
 */
final class QuickCheck {

	static final double SCALE = 0.05;

	static final int ITERATIONS = 60;

	static final int WARM_UP = 100;

	/** How far past its recorded ratio an operation may go before the check fails. */
	static final double BOUND = 2.0;

	/**
	 * The side-by-side operations of the bench that take milliseconds (the money trail
	 * takes a second a call and is left to the full run).
	 */
	static final List<String> OPERATIONS = List.of("lookup by id", "full-text search", "page of 100",
			"neighbourhood depth 2", "paths up to 6 hops");

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private QuickCheck() {
	}

	/**
	 * Prints each ratio beside its recorded one; 0 when none is past the bound and no
	 * request failed, 1 otherwise. With {@code record}, writes the ratios as the
	 * baseline.
	 */
	static int judge(Map<String, Object> results, Path baseline, boolean record, PrintStream out) {
		JsonNode operations = JSON.valueToTree(results).path("operations");
		Map<String, Double> measured = new LinkedHashMap<>();
		int failures = 0;
		for (var it = operations.fields(); it.hasNext();) {
			var e = it.next();
			if (e.getValue().path("errors").asLong() > 0) {
				out.println("bench --quick: " + e.getKey() + ": " + e.getValue().path("errors").asLong()
						+ " requests failed: " + e.getValue().path("firstError").asText());
				failures++;
			}
			if (e.getValue().has("ratioP50")) {
				measured.put(e.getKey(), e.getValue().get("ratioP50").asDouble());
			}
		}
		if (record) {
			write(baseline, measured, results);
			out.println("bench --quick: ratios recorded in " + baseline + ": " + measured);
			return (failures == 0) ? 0 : 1;
		}
		JsonNode recorded = read(baseline).path("ratios");
		out.println("| operation | GraphQL ÷ Cypher at p50, now | recorded | bound |");
		out.println("| --- | --- | --- | --- |");
		for (Map.Entry<String, Double> e : measured.entrySet()) {
			JsonNode was = recorded.path(e.getKey());
			String verdict;
			if (was.isMissingNode()) {
				verdict = "none recorded";
			}
			else if (e.getValue() > BOUND * was.asDouble()) {
				verdict = "**past " + round(BOUND * was.asDouble()) + "**";
				failures++;
			}
			else {
				verdict = "≤ " + round(BOUND * was.asDouble());
			}
			out.println("| " + e.getKey() + " | " + e.getValue() + " | " + (was.isMissingNode() ? "—" : was.asText())
					+ " | " + verdict + " |");
		}
		out.println((failures == 0) ? "bench --quick: no ratio regressed"
				: "bench --quick: " + failures + " operation(s) regressed or failed");
		return (failures == 0) ? 0 : 1;
	}

	private static JsonNode read(Path baseline) {
		try {
			return JSON.readTree(baseline.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the baseline " + baseline + ": " + ex.getMessage(), ex);
		}
	}

	private static void write(Path baseline, Map<String, Double> ratios, Map<String, Object> results) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("about", "GraphQL ÷ Cypher at p50 per operation, from bench --quick --record-baseline; "
				+ "bench --quick fails past " + BOUND + " times these");
		body.put("machine", Report.machine());
		body.put("date", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
		body.put("loadAverage", results.get("loadAverage"));
		body.put("ratios", ratios);
		try {
			Files.createDirectories(baseline.toAbsolutePath().getParent());
			JSON.writeValue(baseline.toFile(), body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
