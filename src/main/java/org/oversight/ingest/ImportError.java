package org.oversight.ingest;

/**
 * One thing wrong in a bundle, printed as {@code file:line: column: reason}.
 *
 * @param file the file name
 * @param line the line (1 is the header)
 * @param column the column, or {@code -} for the whole row or file
 * @param reason what is wrong
 */
public record ImportError(String file, long line, String column, String reason) {

	@Override
	public String toString() {
		return this.file + ":" + this.line + ": " + this.column + ": " + this.reason;
	}

}
