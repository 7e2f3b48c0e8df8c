package org.oversight.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.oversight.backup.BackupException;
import org.oversight.backup.BackupFiles;
import org.oversight.backup.GraphRestore;
import org.oversight.backup.Manifest;
import org.oversight.graph.EmbeddedNeo4j;
import org.oversight.graph.OversightProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code restore DIR}: loads a backup into an empty data directory (or an empty external
 * database), so that a server started on it answers as the one backed up did. Exit 0, 1
 * with one line saying why not, 2 on bad usage.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
		description = "Load a backup (made by backup) into an EMPTY data directory (--data-dir, default ./data) "
				+ "or an empty external database (--neo4j-uri); refuses one that holds anything.")
class RestoreCommand implements Callable<Integer> {

	@Mixin
	Cli.DatabaseOptions database = new Cli.DatabaseOptions();

	@Parameters(index = "0", paramLabel = "DIR", description = "The backup folder.")
	Path folder;

	@Override
	public Integer call() {
		Manifest manifest;
		try {
			manifest = GraphRestore.check(this.folder);
		}
		catch (BackupException ex) {
			System.err.println("restore: " + ex.getMessage());
			return 1;
		}
		try {
			Manifest restored = (this.database.neo4jUri != null) ? external(manifest) : embedded(manifest);
			System.out.println("Restored " + restored.summary() + " from the backup of " + restored.createdAt());
			return 0;
		}
		catch (RuntimeException ex) {
			String target = (this.database.neo4jUri != null) ? this.database.neo4jUri
					: Path.of((this.database.dataDir != null) ? this.database.dataDir : "data").toString();
			System.err.println("restore: " + ex.getMessage() + ((ex instanceof EmptinessRefused) ? ""
					: " (" + target + " is incomplete: empty it before trying again)"));
			return 1;
		}
	}

	private Manifest embedded(Manifest manifest) {
		Path target = Path.of((this.database.dataDir != null) ? this.database.dataDir : "data");
		if (!BackupFiles.isNewOrEmpty(target)) {
			throw new EmptinessRefused(target + " is not empty; restore only into a new or empty data directory");
		}
		OversightProperties properties = new OversightProperties(target,
				new OversightProperties.Bolt(0, "127.0.0.1", true, null, true), null, null);
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties);
				Driver driver = GraphDatabase.driver(neo4j.boltUri(),
						AuthTokens.basic(neo4j.user(), neo4j.password()))) {
			return load(driver, null, manifest);
		}
	}

	private Manifest external(Manifest manifest) {
		String user = (this.database.neo4jUser != null) ? this.database.neo4jUser : "neo4j";
		try (Driver driver = GraphDatabase.driver(this.database.neo4jUri,
				AuthTokens.basic(user, String.valueOf(this.database.neo4jPassword)))) {
			GraphRestore restore = restore(driver, null, manifest);
			if (!restore.targetIsEmpty()) {
				throw new EmptinessRefused(this.database.neo4jUri
						+ " is not empty (it holds nodes or a schema); restore only into an empty database");
			}
			return restore.load(this.folder);
		}
	}

	private Manifest load(Driver driver, String name, Manifest manifest) {
		return restore(driver, name, manifest).load(this.folder);
	}

	private GraphRestore restore(Driver driver, String name, Manifest manifest) {
		TerminalProgress progress = new TerminalProgress(System.out);
		long total = manifest.nodes() + manifest.relationships();
		long[] nodesDone = { 0 };
		return new GraphRestore(driver, name, (phase, done) -> {
			if ("nodes".equals(phase)) {
				nodesDone[0] = done;
				progress.written(phase, done, total);
			}
			else {
				progress.written(phase, nodesDone[0] + done, total);
			}
		});
	}

	/** The target holds something: nothing was written. */
	static final class EmptinessRefused extends BackupException {

		EmptinessRefused(String message) {
			super(message);
		}

	}

}
