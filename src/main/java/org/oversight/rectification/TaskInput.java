package org.oversight.rectification;

/**
 * A new line of the ledger for a finding fed back to the inspected organization, with
 * what it puts on each of the five lists (问题、任务、责任、督办清单; the effect list fills when it is
 * ticked off).
 *
 * @param id the task's id, or null for a generated one
 * @param findingId the finding it rectifies
 * @param problem the problem as fed back (问题清单); the finding's title when absent
 * @param task what must be rectified (任务清单)
 * @param deadline not in the past; for a task fixed on the spot, the day it was fixed
 * when absent
 * @param responsibleOrgId the responsible unit (责任清单)
 * @param responsiblePersonId the responsible person (责任清单)
 * @param supervisorId the body supervising it (督办清单)
 * @param supervision how it is supervised (督办函, 督办会 …)
 * @param measures the measures planned
 * @param name a display name
 * @param onTheSpot fixed on the spot during the round (立行立改): recorded as done at once
 * @param evidence for a task fixed on the spot: what proves it
 * @param completedDate for a task fixed on the spot: the day, within the round
 */
public record TaskInput(String id, String findingId, String problem, String task, String deadline,
		String responsibleOrgId, String responsiblePersonId, String supervisorId, String supervision, String measures,
		String name, Boolean onTheSpot, String evidence, String completedDate) {

	boolean fixedOnTheSpot() {
		return Boolean.TRUE.equals(this.onTheSpot);
	}

}
