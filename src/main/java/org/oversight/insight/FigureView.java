package org.oversight.insight;

import java.util.List;

/**
 * Everything leadership's figures page shows for a scope, in one answer.
 *
 * @param totals the scope's figures
 * @param bySector broken down by sector
 * @param byLevel broken down by level
 * @param trend round by round over the term (of the round), in order
 */
public record FigureView(Figures totals, List<FigureGroup> bySector, List<FigureGroup> byLevel,
		List<FigureGroup> trend) {
}
