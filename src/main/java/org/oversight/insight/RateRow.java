package org.oversight.insight;

import java.util.List;

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
 * @param ledger the counts behind every rate definition
 * @param definition the definition {@link #rate()} answers
 * @param asOf the day the row is as of (null: now)
 */
public record RateRow(String key, String label, long fedBack, long rectified, long tasks, long overdue,
		long failedVerifications, LedgerCounts ledger, RateDefinition definition, String asOf) {

	/** The rate under {@link #definition()} in percent, 2 decimals; null over nothing. */
	public Double rate() {
		return this.ledger.rate(this.definition).rate();
	}

	public String definitionZh() {
		return this.definition.zh();
	}

	public long numerator() {
		return this.ledger.rate(this.definition).numerator();
	}

	public long denominator() {
		return this.ledger.rate(this.definition).denominator();
	}

	/** The rate under every definition, side by side. */
	public List<DefinedRate> rates() {
		return this.ledger.rates();
	}

}
