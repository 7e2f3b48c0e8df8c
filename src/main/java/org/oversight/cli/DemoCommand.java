package org.oversight.cli;

import java.util.List;

import picocli.CommandLine.Command;

/**
 * {@code demo}: serve, after loading the sample city into an empty database; refuses a
 * database that holds other data.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
		description = "Like serve, after loading the sample city (import/sample) into an empty database; "
				+ "refuses to touch a database that holds other data.")
class DemoCommand extends ServeCommand {

	@Override
	void extra(List<String> args) {
		args.add("--oversight.load-sample=true");
		args.add("--oversight.demo=true");
	}

}
