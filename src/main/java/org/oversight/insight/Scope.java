package org.oversight.insight;

/**
 * What a figure is counted over: a term (for the committee alone, a county below it, or
 * combined with the party committees below), one round, or everything.
 *
 * @param termId a term, or null
 * @param roundId a round, or null
 * @param committeeId the committee whose figure it is (the term's when null; a county
 * below it for the county alone)
 * @param combined with the rounds of the party committees below (市县合计)
 */
public record Scope(String termId, String roundId, String committeeId, boolean combined) {

	public static Scope of(String termId, String roundId) {
		return new Scope(termId, roundId, null, false);
	}

	/** Whether it is the term's own rounds (or a round, or everything). */
	boolean plain() {
		return this.committeeId == null && !this.combined;
	}

}
