package org.oversight.rectification;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A revisit round's verdict on a completed task: the typed record behind a row of
 * {@code verifications.csv}.
 *
 * @param rectificationId the task
 * @param roundId the revisit round (回头看)
 * @param date the day of the verdict, within the round
 * @param passed whether the rectification held
 * @param note what was found
 * @param newDeadline for a failed one: the new deadline it set
 * @param by who recorded it
 * @param completedDate the day the task it judged was ticked off
 * @param previousDeadline the deadline that stood before the verdict
 */
public record Verification(String rectificationId, String roundId, LocalDate date, boolean passed, String note,
		LocalDate newDeadline, String by, LocalDate completedDate, LocalDate previousDeadline) {

	/** The link row for the model kernel's writer. */
	Map<String, Object> row() {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("rectificationId", this.rectificationId);
		row.put("roundId", this.roundId);
		row.put("date", this.date);
		row.put("passed", this.passed);
		row.put("note", this.note);
		row.put("newDeadline", this.newDeadline);
		row.put("by", this.by);
		row.put("completedDate", this.completedDate);
		row.put("previousDeadline", this.previousDeadline);
		return row;
	}

}
