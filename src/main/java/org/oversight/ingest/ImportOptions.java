package org.oversight.ingest;

/**
 * How to import.
 *
 * @param dryRun validate and report only; write nothing
 * @param skipBadRows write the good rows and list the bad ones instead of refusing the
 * bundle
 * @param source provenance written on every record; null for the manifest's source, else
 * the bundle's name
 * @param recordedBy who imports
 * @param batchSize rows per transaction
 */
public record ImportOptions(boolean dryRun, boolean skipBadRows, String source, String recordedBy, int batchSize) {

	public ImportOptions {
		if (batchSize < 1) {
			throw new IllegalArgumentException("the batch size must be at least 1, was " + batchSize);
		}
	}

	public static ImportOptions defaults(String source) {
		return new ImportOptions(false, false, source, "import", 5000);
	}

}
