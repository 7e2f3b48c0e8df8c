package org.oversight.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.oversight.graph.EmbeddedNeo4j;
import org.oversight.graph.OversightProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code database}: only the database, served over Bolt, with no API and no page — what
 * an external Neo4j server is to {@code serve --neo4j-uri}. It lets the path to an
 * external database be tried on one machine without Docker or a Neo4j installation (CI
 * runs the server against it), and an office move the database to its own process.
 */
@Command(name = "database", mixinStandardHelpOptions = true,
		description = "Serve only the database over Bolt (for serve --neo4j-uri elsewhere); stops on Ctrl-C or SIGTERM.")
class DatabaseCommand implements Callable<Integer> {

	@Option(names = "--data-dir", description = "Where the database keeps its files (default ./data).")
	Path dataDir = Path.of("data");

	@Option(names = "--bolt-port", description = "Bolt port (default 7687; 0 picks a free one).")
	int boltPort = 7687;

	@Option(names = "--bolt-address", description = "Bolt listen address (default 127.0.0.1).")
	String boltAddress = "127.0.0.1";

	/** Null leaves the choice to {@link OversightProperties}, which owns the default. */
	@Option(names = "--page-cache", description = "Page cache (default 256m).")
	String pageCache;

	@Override
	public Integer call() throws InterruptedException {
		String password = System.getenv("OVERSIGHT_BOLT_PASSWORD");
		OversightProperties properties = new OversightProperties(this.dataDir,
				new OversightProperties.Bolt(this.boltPort, this.boltAddress, true, password, true), this.pageCache,
				null);
		EmbeddedNeo4j database = EmbeddedNeo4j.start(properties);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			database.close();
			stopped.countDown();
		}, "database-shutdown"));
		System.out.println("Database serving " + database.boltUri() + " as user " + database.user()
				+ ((password != null) ? " (password from OVERSIGHT_BOLT_PASSWORD)"
						: " (password in " + this.dataDir.resolve("bolt-password") + ")"));
		System.out.flush();
		stopped.await();
		return 0;
	}

}
