package org.oversight.lead;

/**
 * One recorded step of a lead's lifecycle (append-only): who moved it, when and why.
 *
 * @param seq its number in the lead's history, from 1
 * @param from the status before
 * @param to the status after
 * @param step the transition of {@link LeadLifecycle}
 * @param by the user
 * @param at when, ISO-8601
 * @param reason why
 * @param disposal the disposal recorded with it, if any
 * @param transferTo the receiving body of a transfer
 * @param greenChannel the green channel flag set with a transfer
 * @param caseId the case opened with it
 */
public record LeadTransition(int seq, LeadStatus from, LeadStatus to, LeadLifecycle step, String by, String at,
		String reason, Disposal disposal, String transferTo, Boolean greenChannel, String caseId) {

	public String stepZh() {
		return this.step.zh();
	}

}
