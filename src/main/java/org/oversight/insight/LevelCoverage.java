package org.oversight.insight;

/**
 * Coverage of one level in one term (巡察覆盖率).
 *
 * @param level the organizations' level
 * @param organizations organizations of that level below the committee
 * @param covered those inspected
 */
public record LevelCoverage(String level, long organizations, long covered) {

	/** Covered over organizations in percent, rounded half up to 2 decimals. */
	public Double rate() {
		return Figures.percent(this.covered, this.organizations);
	}

}
