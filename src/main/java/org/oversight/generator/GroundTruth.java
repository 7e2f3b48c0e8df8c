package org.oversight.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Streams the ground truth, {@code expected-red-flags.json}, in the shape of the
 * sample's: every hit the dataset holds (rule, subject, evidence ids), the parameters and
 * {@code asOf} they hold for, and how many hits each rule has.
 */
final class GroundTruth implements AutoCloseable {

	static final String FILE = "expected-red-flags.json";

	private final BufferedWriter out;

	private final Map<String, Integer> counts = new TreeMap<>();

	private boolean first = true;

	GroundTruth(Path folder, double scale, long seed) {
		try {
			this.out = Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8);
			this.out.write("{\n \"asOf\": \"" + Layout.AS_OF + "\",\n");
			this.out.write(" \"generator\": {\"scale\": " + scale + ", \"seed\": " + seed + "},\n");
			this.out.write(PARAMETERS);
			this.out.write(" \"hits\": [");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (String rule : RULES) {
			this.counts.put(rule, 0);
		}
	}

	/**
	 * The twelve rules of the red-flag spec, and the two of #15 (两超一慢, subsidies against
	 * eligibility).
	 */
	static final List<String> RULES = List.of("PUBLIC_FUNDS_TO_PERSONAL", "CONFLICT_OF_INTEREST_CONTRACT",
			"QUANTITY_SHORTFALL", "COLLECTIVE_VIOLATION", "RECURRING_AFTER_RECTIFICATION", "OVERDUE_RECTIFICATION",
			"CONTRACTOR_CONCENTRATION", "SPLIT_CONTRACTS", "CIRCULAR_FLOW", "INSPECTOR_CONFLICT", "SANCTION_IGNORED",
			"CORROBORATED_LEADS", "OVERRUN_SLOW_START", "SUBSIDY_INELIGIBLE");

	private static final String PARAMETERS = """
			 "parameters": {
			  "PUBLIC_FUNDS_TO_PERSONAL": {"maxHops": 3},
			  "QUANTITY_SHORTFALL": {"tolerance": 0.05, "paidShare": 0.95},
			  "COLLECTIVE_VIOLATION": {"minPersons": 3, "minShare": 0.5},
			  "CONTRACTOR_CONCENTRATION": {"minContracts": 3, "minShare": 0.6},
			  "SPLIT_CONTRACTS": {"threshold": 1000000, "windowDays": 30},
			  "CIRCULAR_FLOW": {"maxHops": 4, "windowDays": 90},
			  "INSPECTOR_CONFLICT": {"lookbackYears": 5},
			  "SANCTION_IGNORED": {"graceDays": 30, "banMonths": 24},
			  "OVERRUN_SLOW_START": {"graceDays": 30, "tolerance": 0.1, "slowDays": 90}
			 },
			""";

	void hit(String rule, String subject, String... evidence) {
		if (!this.counts.containsKey(rule)) {
			throw new IllegalArgumentException("not a rule: " + rule);
		}
		this.counts.merge(rule, 1, Integer::sum);
		StringBuilder line = new StringBuilder(this.first ? "\n" : ",\n");
		this.first = false;
		line.append("  {\"rule\": \"")
			.append(rule)
			.append("\", \"subject\": \"")
			.append(subject)
			.append("\", \"evidence\": [");
		for (int i = 0; i < evidence.length; i++) {
			line.append((i > 0) ? ", \"" : "\"").append(evidence[i]).append('"');
		}
		line.append("]}");
		try {
			this.out.write(line.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Hits per rule so far. */
	Map<String, Integer> counts() {
		return Map.copyOf(this.counts);
	}

	@Override
	public void close() {
		try {
			this.out.write("\n ],\n \"counts\": {");
			int i = 0;
			for (Map.Entry<String, Integer> count : this.counts.entrySet()) {
				this.out.write(((i++ > 0) ? ", " : "") + "\"" + count.getKey() + "\": " + count.getValue());
			}
			this.out.write("}\n}\n");
			this.out.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
