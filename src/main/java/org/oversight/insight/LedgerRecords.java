package org.oversight.insight;

import java.util.List;

import org.oversight.store.GraphEntity;

/**
 * The ledger lines one number of a rectification row counts, as the caller may see them.
 *
 * @param records which lines
 * @param asOf the day (null: now)
 * @param totalCount how many lines
 * @param counted the number the row shows: the lines, or for failed revisits the failed
 * verdicts (a line failed twice counts twice)
 * @param tasks the first of them, earliest deadline first
 */
public record LedgerRecords(LedgerRecordKind records, String asOf, long totalCount, long counted, List<Line> tasks) {

	public String recordsZh() {
		return this.records.zh();
	}

	/**
	 * One ledger line as judged on the day.
	 *
	 * @param task the rectification task
	 * @param deadline its deadline on the day (a failed revisit sets a new one)
	 * @param done done or verified on the day
	 * @param overdue not done and past its deadline on the day
	 * @param failedVerifications failed revisit verdicts by the day
	 * @param responsible the responsible organization's name, for the documents
	 * @param finding the finding's title, for the documents
	 */
	public record Line(GraphEntity task, String deadline, boolean done, boolean overdue, long failedVerifications,
			String responsible, String finding) {
	}

}
