package org.oversight.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.oversight.OversightGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.boot.SpringApplication;

/**
 * {@code serve}: the web server over the embedded or an external database.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = "Start the server (GraphQL at /graphql, explorer at /graphiql). The default command.")
class ServeCommand implements Callable<Integer> {

	@Mixin
	Cli.DatabaseOptions database = new Cli.DatabaseOptions();

	@Option(names = "--port", description = "HTTP port (default 8080).")
	Integer port;

	@Option(names = "--no-sample", description = "Do not load the sample city into an empty database.")
	boolean noSample;

	@Override
	public Integer call() {
		List<String> args = new java.util.ArrayList<>(this.database.springArguments());
		if (this.port != null) {
			args.add("--server.port=" + this.port);
		}
		if (this.noSample) {
			args.add("--oversight.load-sample=false");
		}
		extra(args);
		SpringApplication.run(OversightGraph.class, args.toArray(String[]::new));
		return Cli.KEEP_RUNNING;
	}

	/** What a variant of serve adds. */
	void extra(List<String> args) {
	}

}
