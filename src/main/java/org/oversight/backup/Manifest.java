package org.oversight.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What a backup holds, written beside its data as {@code manifest.json} (last, so a
 * folder without one is an unfinished backup).
 *
 * @param format the layout of the files, 1
 * @param application the application and its version that wrote the backup
 * @param neo4j the database's name, edition and version
 * @param createdAt when the read transaction began (ISO instant)
 * @param mode {@code server} (taken from a running server under its write barrier) or
 * {@code offline} (from a data directory no server was using)
 * @param nodes how many nodes
 * @param relationships how many relationships
 * @param schema how many schema statements (constraints and indexes)
 * @param labels nodes per label
 * @param types relationships per type
 * @param auditRecords records of the audit trail
 * @param auditHead the seq of the audit chain's head, -1 when there was no head
 * @param file the data file
 * @param sha256 the SHA-256 of the data file
 * @param writesPausedMs how long application writes were held back
 */
public record Manifest(int format, String application, String neo4j, String createdAt, String mode, long nodes,
		long relationships, long schema, Map<String, Long> labels, Map<String, Long> types, long auditRecords,
		long auditHead, String file, String sha256, long writesPausedMs) {

	/** The name of the manifest in a backup folder. */
	public static final String NAME = "manifest.json";

	/** The name of the data file in a backup folder. */
	public static final String DATA = "graph.ndjson.gz";

	static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	Manifest withMode(String newMode) {
		return new Manifest(this.format, this.application, this.neo4j, this.createdAt, newMode, this.nodes,
				this.relationships, this.schema, this.labels, this.types, this.auditRecords, this.auditHead, this.file,
				this.sha256, this.writesPausedMs);
	}

	/** Reads the manifest of a backup folder. */
	public static Manifest read(Path folder) {
		Path file = folder.resolve(NAME);
		if (!Files.isRegularFile(file)) {
			throw new BackupException(folder + ": no " + NAME + " (not a backup, or an unfinished one)");
		}
		try {
			return JSON.readValue(file.toFile(), Manifest.class);
		}
		catch (IOException ex) {
			throw new BackupException(file + ": not a readable manifest: " + ex.getMessage());
		}
	}

	/** Writes this manifest into a backup folder. */
	public void write(Path folder) {
		try {
			BackupFiles.ownerOnly(Files.writeString(folder.resolve(NAME), toJson()));
		}
		catch (IOException ex) {
			throw new BackupException("cannot write " + folder.resolve(NAME) + ": " + ex.getMessage());
		}
	}

	/** The manifest as JSON. */
	public String toJson() {
		try {
			return JSON.writeValueAsString(this);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Reads a manifest from JSON. */
	public static Manifest fromJson(String json) {
		try {
			return JSON.readValue(json, Manifest.class);
		}
		catch (IOException ex) {
			throw new BackupException("not a backup manifest: " + ex.getMessage());
		}
	}

	/** One line for a terminal. */
	public String summary() {
		return "%d nodes, %d relationships, %d audit records (chain head #%d), %d schema statements"
			.formatted(this.nodes, this.relationships, this.auditRecords, this.auditHead, this.schema);
	}

}
