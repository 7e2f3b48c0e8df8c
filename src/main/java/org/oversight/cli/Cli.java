package org.oversight.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.oversight.OversightGraph;
import org.oversight.startup.StartFailures;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line: {@code serve} (the default), {@code demo} and {@code import}. Options
 * a command does not know that look like {@code --spring.x=y} or {@code --oversight.x=y}
 * are passed to Spring as properties.
 */
@Command(name = "oversight-graph", mixinStandardHelpOptions = true, version = "Oversight Graph 0.1",
		description = "Link analysis for city and county inspection (巡察) work on Neo4j and GraphQL.",
		subcommands = { ServeCommand.class, DemoCommand.class, ImportCommand.class, ExportCommand.class,
				UserCommand.class, GenerateCommand.class, BenchCommand.class, BackupCommand.class, RestoreCommand.class,
				VerifyAuditCommand.class, DatabaseCommand.class, ReportCommand.class })
public class Cli implements Callable<Integer> {

	/** Returned by a command that leaves the server running. */
	public static final int KEEP_RUNNING = -1;

	/**
	 * Spring properties given on the command line ({@code --a.b=c}), passed through as
	 * they are.
	 */
	private static final Pattern PROPERTY = Pattern.compile("--[a-zA-Z][\\w-]*\\.[\\w.\\[\\]-]+=.*");

	/**
	 * A Spring property without {@code =}: its value is the next argument
	 * ({@code --a.b c}).
	 */
	private static final Pattern PROPERTY_NAME = Pattern.compile("--[a-zA-Z][\\w-]*\\.[\\w.\\[\\]-]+");

	private static List<String> properties = List.of();

	/** The Spring properties given on the command line. */
	static List<String> properties() {
		return properties;
	}

	/** Runs the command line and returns the exit code, or {@link #KEEP_RUNNING}. */
	public static int run(String[] args) {
		CommandLine commandLine = new CommandLine(new Cli());
		commandLine.setExecutionExceptionHandler(Cli::failed);
		List<String> own = new ArrayList<>();
		List<String> passed = new ArrayList<>();
		String missing = split(args, own, passed);
		if (missing != null) {
			System.err.println(missing + " needs a value: write " + missing + "=VALUE");
			return 2;
		}
		properties = List.copyOf(passed);
		String[] rest = own.toArray(String[]::new);
		return commandLine.execute(hasCommand(commandLine, rest) ? rest : prepend("serve", rest));
	}

	/**
	 * Parts the arguments into the commands' own and Spring properties, which are given
	 * as {@code --name=value} or {@code --name value}; returns the name of a property
	 * left without a value, or {@code null}.
	 */
	static String split(String[] args, List<String> own, List<String> passed) {
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (PROPERTY.matcher(arg).matches()) {
				passed.add(arg);
			}
			else if (PROPERTY_NAME.matcher(arg).matches()) {
				if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
					return arg;
				}
				passed.add(arg + "=" + args[++i]);
			}
			else {
				own.add(arg);
			}
		}
		return null;
	}

	/**
	 * A start stopped for a known cause has said so in one line (startup/): exit 1
	 * without the stack trace. Anything else is picocli's to print.
	 */
	private static int failed(Exception ex, CommandLine commandLine, CommandLine.ParseResult parsed) throws Exception {
		if (StartFailures.wasReported(ex)) {
			return 1;
		}
		throw ex;
	}

	/**
	 * Whether the first argument names a command (or asks for help); if not, it is
	 * serve's.
	 */
	private static boolean hasCommand(CommandLine commandLine, String[] args) {
		if (args.length == 0) {
			return false;
		}
		String first = args[0];
		return List.of("-h", "--help", "-V", "--version").contains(first)
				|| commandLine.getSubcommands().containsKey(first);
	}

	private static String[] prepend(String first, String[] rest) {
		List<String> all = new ArrayList<>();
		all.add(first);
		all.addAll(List.of(rest));
		return all.toArray(String[]::new);
	}

	@Override
	public Integer call() {
		return KEEP_RUNNING;
	}

	/** The options every command that opens the database shares. */
	static class DatabaseOptions {

		@Option(names = "--data-dir", description = "Where the embedded database keeps its files (default ./data).")
		String dataDir;

		@Option(names = "--neo4j-uri",
				description = "Use an external Neo4j 5 (bolt://, neo4j://, neo4j+s://) instead of the embedded one.")
		String neo4jUri;

		@Option(names = "--neo4j-user", description = "User of the external Neo4j (default neo4j).")
		String neo4jUser;

		@Option(names = "--neo4j-password", description = "Password of the external Neo4j.")
		String neo4jPassword;

		/**
		 * Opens the database as {@code serve} would, without the web server or the
		 * sample: for the commands that do their work and exit.
		 */
		ConfigurableApplicationContext open() {
			List<String> args = new ArrayList<>(springArguments());
			args.add("--oversight.load-sample=false");
			return new SpringApplicationBuilder(OversightGraph.class).web(WebApplicationType.NONE)
				.run(args.toArray(String[]::new));
		}

		/** The command line Spring sees. */
		List<String> springArguments() {
			List<String> args = new ArrayList<>();
			// What would stop the start is checked before anything starts (startup/).
			args.add("--oversight.start-checks=true");
			if (this.dataDir != null) {
				args.add("--oversight.data-dir=" + this.dataDir);
			}
			if (this.neo4jUri != null) {
				args.add("--spring.neo4j.uri=" + this.neo4jUri);
			}
			if (this.neo4jUser != null) {
				args.add("--spring.neo4j.authentication.username=" + this.neo4jUser);
			}
			if (this.neo4jPassword != null) {
				args.add("--spring.neo4j.authentication.password=" + this.neo4jPassword);
			}
			args.addAll(properties);
			return args;
		}

	}

}
