package org.oversight.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.oversight.generator.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code generate --scale N --seed S --out DIR}: writes a synthetic prefecture as an
 * import bundle, with planted red flags and their ground truth. Exit 0, or 2 on bad
 * usage.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Write a synthetic prefecture as an import bundle, with planted red flags and their ground truth.")
class GenerateCommand implements Callable<Integer> {

	@Option(names = "--scale", required = true,
			description = "1 is one prefecture (about 50,000 persons, 1,000,000 transfers); fractions and larger numbers work.")
	double scale;

	@Option(names = "--seed", defaultValue = "1",
			description = "Random seed; the same seed gives the same files (default 1).")
	long seed;

	@Option(names = "--out", required = true, description = "The folder to write the bundle into.")
	Path out;

	@Override
	public Integer call() {
		if (!(this.scale > 0) || Double.isInfinite(this.scale)) {
			System.err.println("--scale must be a number above 0, not " + this.scale);
			return 2;
		}
		new Generator(this.scale, this.seed).run(this.out, System.out::println);
		System.out.println("Bundle and ground truth (" + Generator.GROUND_TRUTH + ") written to " + this.out);
		return 0;
	}

}
