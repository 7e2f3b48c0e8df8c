package org.oversight.rectification;

/**
 * A new line of the ledger for a finding fed back to the inspected organization.
 *
 * @param id the task's id, or null for a generated one
 * @param findingId the finding it rectifies
 * @param task what must be rectified
 * @param deadline not in the past
 * @param responsibleOrgId the responsible unit
 * @param responsiblePersonId the responsible person
 * @param measures the measures planned
 * @param name a display name
 */
public record TaskInput(String id, String findingId, String task, String deadline, String responsibleOrgId,
		String responsiblePersonId, String measures, String name) {
}
