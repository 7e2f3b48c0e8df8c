package org.oversight.insight;

/**
 * Rectification figures of one group (an organization, sector, level, round or term),
 * computed from the ledger.
 *
 * @param key the group's id or code; null for what cannot be attributed
 * @param label its name or Chinese term
 * @param fedBack findings with at least one task
 * @param rectified fed-back findings whose tasks are all DONE or VERIFIED
 * @param tasks ledger lines
 * @param overdue lines overdue on the day asked
 * @param failedVerifications failed verifications in revisit rounds
 */
public record RateRow(String key, String label, long fedBack, long rectified, long tasks, long overdue,
		long failedVerifications) {

	/** Rectified over fed back in percent, 2 decimals; null when nothing was fed back. */
	public Double rate() {
		return Figures.percent(this.rectified, this.fedBack);
	}

}
