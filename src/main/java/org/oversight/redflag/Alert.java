package org.oversight.redflag;

import java.util.List;

/**
 * A red-flag hit kept between runs, with its triage state.
 *
 * @param id {@code rule:subject}
 * @param rule the rule's code
 * @param subject the subject's id
 * @param severity the rule's severity
 * @param status OPEN, CONFIRMED, DISMISSED or ASSIGNED
 * @param reason why it was dismissed
 * @param assignee who it is assigned to
 * @param summary the latest run's sentence
 * @param score the latest run's score
 * @param firstSeen when a run first found it
 * @param lastSeen when a run last found it
 * @param evidenceIds the evidence of the latest run the caller may see
 * @param updatedBy who changed its status last
 */
public record Alert(String id, String rule, String subject, String severity, String status, String reason,
		String assignee, String summary, double score, String firstSeen, String lastSeen, List<String> evidenceIds,
		String updatedBy) {

	/** The statuses an alert can have. */
	public enum Status {

		OPEN, CONFIRMED, DISMISSED, ASSIGNED

	}

}
