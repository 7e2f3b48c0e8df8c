package org.oversight.ingest;

/**
 * Receives progress of a long import.
 */
@FunctionalInterface
public interface ImportProgress {

	/** A silent listener. */
	ImportProgress NONE = (phase, done, total) -> {
	};

	/**
	 * @param phase what is being written, e.g. {@code nodes persons.csv}
	 * @param done rows written so far in the whole import
	 * @param total rows to write in the whole import
	 */
	void written(String phase, long done, long total);

}
