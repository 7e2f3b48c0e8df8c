package org.oversight.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Timings of one operation, summarized as percentiles in milliseconds. */
final class Latencies {

	private long[] nanos = new long[64];

	private int count;

	synchronized void add(long nanos) {
		if (this.count == this.nanos.length) {
			this.nanos = Arrays.copyOf(this.nanos, this.count * 2);
		}
		this.nanos[this.count++] = nanos;
	}

	synchronized int count() {
		return this.count;
	}

	/** The p-th percentile (nearest rank) in ms. */
	synchronized double percentile(double p) {
		if (this.count == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(this.nanos, this.count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * this.count);
		return sorted[Math.max(0, Math.min(this.count - 1, rank - 1))] / 1e6;
	}

	Map<String, Object> summary() {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("samples", count());
		summary.put("p50", round(percentile(50)));
		summary.put("p95", round(percentile(95)));
		summary.put("p99", round(percentile(99)));
		return summary;
	}

	static double round(double ms) {
		return Math.round(ms * 100) / 100.0;
	}

}
