package org.oversight.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The funnel from problems to sanctions and the rectification ledger over a scope (a
 * term, a round, or everything), computed from the data, never typed in.
 *
 * @param problemsFound findings (发现问题)
 * @param leads leads (问题线索)
 * @param cases cases opened (立案)
 * @param peopleInCases distinct persons investigated
 * @param sanctions sanctions and accountability actions, every type (处分/问责)
 * @param peopleSanctioned distinct persons sanctioned
 * @param judicialTransfers transfers to the judiciary (移送司法机关)
 * @param admonitions admonition talks (约谈)
 * @param fedBack findings fed back for rectification (at least one task)
 * @param rectified fed-back findings whose tasks are all done or verified
 * @param rulesRevised institutional fixes (建章立制)
 */
public record Figures(long problemsFound, long leads, long cases, long peopleInCases, long sanctions,
		long peopleSanctioned, long judicialTransfers, long admonitions, long fedBack, long rectified,
		long rulesRevised) {

	/**
	 * Rectified over fed back, in percent rounded half up to 2 decimals; null when
	 * nothing was fed back.
	 */
	public Double rectificationRate() {
		return percent(this.rectified, this.fedBack);
	}

	static Double percent(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).doubleValue();
	}

}
