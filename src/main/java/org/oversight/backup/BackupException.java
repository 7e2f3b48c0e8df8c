package org.oversight.backup;

/**
 * A backup or restore that cannot go on; the message says why in one line.
 */
public class BackupException extends RuntimeException {

	public BackupException(String message) {
		super(message);
	}

}
