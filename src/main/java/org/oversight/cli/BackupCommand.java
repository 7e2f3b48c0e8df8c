package org.oversight.cli;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.concurrent.Callable;

import org.oversight.backup.BackupException;
import org.oversight.backup.BackupFiles;
import org.oversight.backup.BackupService;
import org.oversight.backup.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code backup DIR}: a consistent copy of everything in the database, from the running
 * server ({@code --server}, writes pause while it is read) or from a data directory no
 * server is using. Exit 0, 1 with one line saying why not, 2 on bad usage.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
		description = "Copy everything in the database (graph, users, audit trail, alerts, ...) into a new folder: "
				+ "from the running server with --server (its writes pause meanwhile), or from a data directory "
				+ "no server is using.")
class BackupCommand implements Callable<Integer> {

	@Mixin
	Cli.DatabaseOptions database = new Cli.DatabaseOptions();

	@Mixin
	AdminClient client = new AdminClient();

	@Parameters(index = "0", paramLabel = "DIR", description = "A new or empty folder for the backup.")
	Path folder;

	@Override
	public Integer call() {
		if (!BackupFiles.isNewOrEmpty(this.folder)) {
			System.err.println("backup: " + this.folder + " is not empty; give a new or empty folder");
			return 1;
		}
		try {
			Manifest manifest = this.client.remote() ? fromServer() : offline();
			System.out.println("Backup written to " + this.folder.toAbsolutePath().normalize() + ": "
					+ manifest.summary() + "; writes paused " + manifest.writesPausedMs() + " ms");
			return 0;
		}
		catch (AdminClient.CommandFailure | BackupException ex) {
			System.err.println("backup: " + ex.getMessage());
			return 1;
		}
	}

	private Manifest fromServer() {
		BackupFiles.createFolder(this.folder);
		Path part = this.folder.resolve(Manifest.DATA + ".part");
		HttpResponse<Path> response = this.client.post("/admin/backup", "application/json", "{}",
				HttpResponse.BodyHandlers.ofFile(part));
		try {
			if (response.statusCode() != 200) {
				String why = Files.readString(part, StandardCharsets.UTF_8).strip();
				throw new BackupException("the server answered " + response.statusCode() + ": " + why);
			}
			String header = response.headers()
				.firstValue("X-Oversight-Manifest")
				.orElseThrow(() -> new BackupException("the server sent no manifest"));
			Manifest manifest = Manifest
				.fromJson(new String(Base64.getDecoder().decode(header), StandardCharsets.UTF_8));
			String sha = BackupFiles.sha256(part);
			if (!sha.equals(manifest.sha256())) {
				throw new BackupException("the file received differs from the one the server wrote (checksum)");
			}
			Files.move(part, this.folder.resolve(manifest.file()), StandardCopyOption.ATOMIC_MOVE);
			manifest.write(this.folder);
			return manifest;
		}
		catch (IOException ex) {
			throw new BackupException("cannot write " + this.folder + ": " + ex.getMessage());
		}
		finally {
			try {
				Files.deleteIfExists(part);
			}
			catch (IOException ex) {
				// Reported by the failure at hand.
			}
		}
	}

	private Manifest offline() {
		ConfigurableApplicationContext context;
		try {
			context = this.database.open();
		}
		catch (RuntimeException ex) {
			if (org.oversight.startup.StartFailures.wasReported(ex)) {
				// Said in one line already (a running server holds the store, ...).
				throw ex;
			}
			throw new AdminClient.CommandFailure(AdminClient.openFailure(ex, this.database.dataDir));
		}
		try (context) {
			return context.getBean(BackupService.class).backup(this.folder, "offline", "cli");
		}
	}

}
