package org.oversight.insight;

import java.util.List;

import org.oversight.store.GraphEntity;

/**
 * Coverage of a term for planning the next round.
 *
 * @param byLevel required, covered and remaining per level
 * @param byRegion the same per region and level
 * @param uncovered the organizations still to inspect, riskiest first
 */
public record CoveragePlan(List<Group> byLevel, List<Group> byRegion, List<Uncovered> uncovered) {

	/**
	 * One level, or one region and level.
	 *
	 * @param level the organizations' level
	 * @param region the region, or null (per level, or no region known)
	 * @param organizations the organizations that must be inspected
	 * @param covered those inspected
	 */
	public record Group(String level, GraphEntity region, long organizations, long covered) {

		public long remaining() {
			return this.organizations - this.covered;
		}

		public Double rate() {
			return Figures.percent(this.covered, this.organizations);
		}

	}

	/**
	 * An organization not yet inspected in the term, and why it is risky.
	 *
	 * @param organization the organization
	 * @param region its region
	 * @param openAlerts overdue open tasks plus open visible leads about it
	 * @param petitions petitions about it or its current officials
	 * @param pastFindings findings about it in any round
	 */
	public record Uncovered(GraphEntity organization, GraphEntity region, long openAlerts, long petitions,
			long pastFindings) {

		/** 3 × open alerts + 2 × petitions + past findings. */
		public long risk() {
			return 3 * this.openAlerts + 2 * this.petitions + this.pastFindings;
		}

	}

}
