package org.oversight.inspection;

import java.util.List;

/**
 * The result of a recusal screening.
 *
 * @param asOf the day positions and leadership were judged on
 * @param since the start of the lookback window
 * @param members the persons screened
 * @param targets the organizations screened
 * @param conflicts every tie found
 * @param truncated whether more evidence paths were found than one report holds
 * @param overlaps members already on another team whose round overlaps the one screened
 */
public record RecusalReport(String asOf, String since, List<String> members, List<String> targets,
		List<Conflict> conflicts, boolean truncated, List<Overlap> overlaps) {

	public boolean clear() {
		return this.conflicts.isEmpty() && this.overlaps.isEmpty();
	}

}
