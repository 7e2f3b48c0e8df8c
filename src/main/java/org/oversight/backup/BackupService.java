package org.oversight.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.oversight.audit.AuditLog;
import org.oversight.graph.Cypher;
import org.oversight.graph.WriteBarrier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Takes backups of the database the application runs on. Application writes pause (the
 * {@link WriteBarrier}) while everything is read in one transaction, so the copy holds no
 * half-made mutation or import batch and the audit trail agrees with the data; reads go
 * on meanwhile.
 */
@Service
public class BackupService {

	private static final String APPLICATION = "Oversight Graph "
			+ java.util.Objects.requireNonNullElse(BackupService.class.getPackage().getImplementationVersion(), "dev");

	private final Cypher cypher;

	private final WriteBarrier barrier;

	private final AuditLog audit;

	private final Duration waitForWrites;

	BackupService(Cypher cypher, WriteBarrier barrier, AuditLog audit,
			@Value("${oversight.limits.query-timeout:30s}") Duration timeout) {
		this.cypher = cypher;
		this.barrier = barrier;
		this.audit = audit;
		// A write in flight ends within the statement timeout (and its retries); wait a
		// little longer than that.
		this.waitForWrites = timeout.plusSeconds(15);
	}

	/**
	 * Writes a backup into a new or empty folder: the data file, then the manifest.
	 * @param mode {@code server} or {@code offline}, kept in the manifest
	 * @param user who asked, for the audit trail
	 */
	public Manifest backup(Path folder, String mode, String user) {
		if (!BackupFiles.isNewOrEmpty(folder)) {
			throw new BackupException(folder + " is not empty; give a new or empty folder for the backup");
		}
		BackupFiles.createFolder(folder);
		Manifest manifest = dump(folder.resolve(Manifest.DATA), user).withMode(mode);
		manifest.write(folder);
		return manifest;
	}

	/**
	 * Writes the data file of a backup (not yet its manifest) and returns the manifest
	 * for it; the caller delivers both.
	 */
	public Manifest dump(Path file, String user) {
		long asked = System.nanoTime();
		try {
			Manifest manifest = this.barrier.closed(this.waitForWrites, () -> this.cypher.inLongRead((tx) -> {
				try {
					return GraphDump.write(tx, file, APPLICATION, asked);
				}
				catch (IOException ex) {
					throw new BackupException("cannot write " + file + ": " + ex.getMessage());
				}
			}));
			this.audit.record(user, "backup", List.of(), "ok: " + manifest.summary(), null);
			return manifest;
		}
		catch (RuntimeException ex) {
			deleteQuietly(file);
			this.audit.record(user, "backup", List.of(), "error: " + ex.getMessage(), null);
			throw ex;
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// Nothing more to do: the backup failed either way.
		}
	}

}
