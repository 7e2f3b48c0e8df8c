package org.oversight.rectification;

/**
 * What a revisit round (回头看) says of a completed task, as the API gives it.
 *
 * @param id the task
 * @param roundId the revisit round (type LOOKBACK)
 * @param passed whether the rectification held
 * @param note what was found; required when it failed
 * @param date the day of the verdict, within the round; the round's end (or, for a round
 * still on, its start) when absent
 * @param newDeadline required when it failed: the new deadline, after the verdict's day
 */
record Verdict(String id, String roundId, boolean passed, String note, String date, String newDeadline) {
}
