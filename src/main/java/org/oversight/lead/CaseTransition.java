package org.oversight.lead;

/**
 * One recorded step of a case's lifecycle (append-only): who moved it, when and why.
 *
 * @param seq its number in the case's history, from 1
 * @param from the status before
 * @param to the status after
 * @param step the transition of {@link CaseLifecycle}
 * @param by the user
 * @param at when, ISO-8601
 * @param reason why
 */
public record CaseTransition(int seq, CaseStatus from, CaseStatus to, CaseLifecycle step, String by, String at,
		String reason) {

	public String stepZh() {
		return this.step.zh();
	}

}
