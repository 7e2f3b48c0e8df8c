package org.oversight.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * File helpers of backups: owner-only permissions (a backup holds password hashes and the
 * identity key), checksums, and the "new or empty folder" rule.
 */
public final class BackupFiles {

	private BackupFiles() {
	}

	/** Whether the folder is missing or holds nothing. */
	public static boolean isNewOrEmpty(Path folder) {
		if (!Files.exists(folder)) {
			return true;
		}
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (var entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Creates the folder, readable by its owner only. */
	public static void createFolder(Path folder) {
		try {
			Files.createDirectories(folder);
			ownerOnly(folder, "rwx------");
		}
		catch (IOException ex) {
			throw new BackupException("cannot create " + folder + ": " + ex.getMessage());
		}
	}

	static Path ownerOnly(Path file) {
		return ownerOnly(file, "rw-------");
	}

	private static Path ownerOnly(Path file, String permissions) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
		}
		catch (IOException | UnsupportedOperationException ex) {
			// Not a POSIX file system: the folder's own protection applies.
		}
		return file;
	}

	/** The SHA-256 of a file, in hex. */
	public static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new BackupException("cannot read " + file + ": " + ex.getMessage());
		}
	}

	static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
