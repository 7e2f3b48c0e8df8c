package org.oversight.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.oversight.store.WriteCounts;

/**
 * What an import did, or, with errors, why it did nothing.
 *
 * @param errors the problems that stopped the import (empty when it ran)
 * @param skipped the bad rows left out when skipping was asked for
 * @param counts per file, what was created, updated and left unchanged (for a dry run:
 * the rows that would create or update)
 * @param rows the rows read
 * @param elapsed how long it took
 * @param dryRun whether nothing was written on purpose
 */
public record ImportReport(List<ImportError> errors, List<ImportError> skipped, Map<String, WriteCounts> counts,
		long rows, Duration elapsed, boolean dryRun) {

	public boolean ok() {
		return this.errors.isEmpty();
	}

	public WriteCounts total() {
		return this.counts.values().stream().reduce(WriteCounts.NONE, WriteCounts::plus);
	}

}
