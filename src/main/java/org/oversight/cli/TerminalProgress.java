package org.oversight.cli;

import java.io.PrintStream;

import org.oversight.ingest.ImportProgress;

/**
 * Shows an import's progress on the terminal: percent, rows per second and time left, at
 * most once a second.
 */
class TerminalProgress implements ImportProgress {

	private final PrintStream out;

	private final long started = System.nanoTime();

	private long lastShown;

	TerminalProgress(PrintStream out) {
		this.out = out;
	}

	@Override
	public void written(String phase, long done, long total) {
		long now = System.nanoTime();
		if (now - this.lastShown < 1_000_000_000L && done < total) {
			return;
		}
		this.lastShown = now;
		double seconds = Math.max((now - this.started) / 1e9, 1e-3);
		double rate = done / seconds;
		long left = (rate > 0) ? (long) ((total - done) / rate) : 0;
		this.out.printf("%5.1f%%  %,10.0f rows/s  ETA %3d s  %s%n", 100.0 * done / Math.max(total, 1), rate, left,
				phase);
	}

}
