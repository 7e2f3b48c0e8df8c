package org.oversight.rectification;

/**
 * A revisit round's verdict on a completed task.
 *
 * @param roundId the revisit round (回头看)
 * @param passed whether the rectification held
 * @param note what was found
 * @param date when
 * @param by who recorded it
 */
public record Verification(String roundId, boolean passed, String note, String date, String by) {
}
