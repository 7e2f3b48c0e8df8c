package org.oversight.startup;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.CliProcess;
import org.oversight.graph.EmbeddedNeo4j;
import org.oversight.graph.OversightProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every known cause of a failed start, in a process of its own as an operator would meet
 * it: one line on standard error naming the cause and the option that changes it, nothing
 * on standard output, exit code 1. Spring properties are given here as
 * {@code --name value} on purpose: that form reaches Spring too.
 */
class StartFailureIT {

	private static final Duration TIMEOUT = Duration.ofMinutes(4);

	@TempDir
	static Path dir;

	/** A database running in this process: its store is locked, its Bolt port taken. */
	private static EmbeddedNeo4j running;

	private static Path runningDir;

	@BeforeAll
	static void startADatabase() {
		runningDir = dir.resolve("running");
		running = EmbeddedNeo4j.start(new OversightProperties(runningDir,
				new OversightProperties.Bolt(0, "127.0.0.1", true, "the-right-password", true), "32m", null));
	}

	@AfterAll
	static void stopIt() {
		running.close();
	}

	@Test
	void anHttpPortInUse() throws Exception {
		try (ServerSocket taken = new ServerSocket(0)) {
			int port = taken.getLocalPort();
			CliProcess cli = serve("--server.port", String.valueOf(port));
			assertOneLine(cli, "cannot start: port " + port + " is in use (change it with --port)");
		}
	}

	@Test
	void aBoltPortInUse() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
			int port = taken.getLocalPort();
			CliProcess cli = serve("--oversight.bolt.port", String.valueOf(port));
			assertOneLine(cli, "cannot start: Bolt port " + port
					+ " is in use (change it with --oversight.bolt.port=PORT, or turn Bolt off with --oversight.bolt.enabled=false)");
		}
	}

	@Test
	void aDataDirectoryThatCannotBeWritten() throws Exception {
		// A folder below a file: no user, not even root, can create it.
		Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
		Path data = file.resolve("db");
		CliProcess cli = CliProcess.run(dir.resolve("logs"), TIMEOUT, "serve", "--port", "0", "--data-dir",
				data.toString(), "--oversight.bolt.port=0");
		assertOneLine(cli, "cannot start: the data directory " + data
				+ " cannot be written (Not a directory) (change it with --data-dir)");
	}

	@Test
	void aStoreInUseByAnotherInstance() throws Exception {
		CliProcess cli = CliProcess.run(dir.resolve("logs"), TIMEOUT, "import", dir.toString(), "--data-dir",
				runningDir.toString(), "--oversight.bolt.port=0");
		assertOneLine(cli, "cannot start: the database in " + runningDir.toAbsolutePath().normalize()
				+ " is in use by another running instance (stop it, or use another folder with --data-dir)");
	}

	@Test
	void anExternalNeo4jThatRefusesThePassword() throws Exception {
		CliProcess cli = serve("--neo4j-uri", running.boltUri(), "--neo4j-password", "a-wrong-password");
		assertOneLine(cli, "cannot start: the Neo4j at " + running.boltUri()
				+ " refused user 'neo4j' and its password (change them with --neo4j-user and --neo4j-password)");
	}

	@Test
	void anExternalNeo4jThatCannotBeReached() throws Exception {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		String uri = "bolt://127.0.0.1:" + closed;
		CliProcess cli = serve("--neo4j-uri", uri, "--neo4j-password", "whatever");
		assertThat(cli.exitCode()).as(cli::err).isOne();
		assertThat(cli.errLines()).as(cli::err).hasSize(1);
		assertThat(cli.errLines().get(0)).startsWith("cannot start: no Neo4j answers at " + uri + " (")
			.endsWith(") (change it with --neo4j-uri)");
		assertThat(cli.outLines()).isEmpty();
	}

	@Test
	void anAdministratorPasswordThatIsTooShort() throws Exception {
		// Found once the database is up (only a first start uses it): the start's log
		// comes before, on standard output, and the cause is the one line on standard
		// error.
		CliProcess cli = serve("--oversight.admin-password=short");
		assertThat(cli.exitCode()).as(() -> cli.out() + cli.err()).isOne();
		assertThat(cli.errLines()).as(() -> cli.out() + cli.err())
			.containsExactly(
					"cannot start: the administrator's password (OVERSIGHT_ADMIN_PASSWORD) is refused: at least 10 characters (choose another)");
	}

	/** {@code serve} on a new data directory, with free ports unless the options say. */
	private static CliProcess serve(String... options) throws Exception {
		java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("serve", "--data-dir",
				dir.resolve("db-" + System.nanoTime()).toString(), "--no-sample"));
		String given = String.join(" ", options);
		if (!given.contains("--server.port")) {
			args.add("--port=0");
		}
		if (!given.contains("--oversight.bolt.port")) {
			args.add("--oversight.bolt.port=0");
		}
		args.addAll(java.util.List.of(options));
		return CliProcess.run(dir.resolve("logs"), TIMEOUT, args.toArray(String[]::new));
	}

	private static void assertOneLine(CliProcess cli, String line) throws IOException {
		assertThat(cli.exitCode()).as(() -> cli.out() + cli.err()).isOne();
		assertThat(cli.errLines()).as(() -> cli.out() + cli.err()).containsExactly(line);
		assertThat(cli.outLines()).as(cli::out).isEmpty();
	}

}
