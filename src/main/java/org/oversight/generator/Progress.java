package org.oversight.generator;

import java.util.function.Consumer;

/** Reports a long loop's progress at most once a second. */
final class Progress {

	private final Consumer<String> out;

	private long lastShown = System.nanoTime();

	Progress(Consumer<String> out) {
		this.out = out;
	}

	void step(String what, long done, long total) {
		if ((done & 1023) != 0 && done != total) {
			return;
		}
		long now = System.nanoTime();
		if (now - this.lastShown < 1_000_000_000L && done != total) {
			return;
		}
		this.lastShown = now;
		this.out
			.accept(String.format("%5.1f%%  %-12s %,d of %,d", 100.0 * done / Math.max(1, total), what, done, total));
	}

	void say(String line) {
		this.out.accept(line);
	}

}
