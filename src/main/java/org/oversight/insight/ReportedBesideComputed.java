package org.oversight.insight;

import org.oversight.store.GraphEntity;

/**
 * A published figure beside the one computed from the graph for the same scope as of the
 * same day, with the differences flagged.
 *
 * @param reported the published figure
 * @param figure which figure
 * @param definition for a rate: the definition both are counted by
 * @param asOf the day it is computed as of (the report's as-of day, else its date)
 * @param reportedValue what was published
 * @param rateOfReportedCounts for a rate published with its counts: the rate those counts
 * give, to the published value's decimals (17,487 / 21,336 → 82.0)
 * @param computedValue the graph's value (a rate to 2 decimals); null when it has nothing
 * to count
 * @param computedNumerator for a rate: the graph's numerator
 * @param computedDenominator for a rate: the graph's denominator
 * @param difference published minus computed; null when nothing is computed
 * @param differsFromComputed the published value is not the computed one (beyond the
 * published value's rounding)
 * @param differsFromItsCounts the published rate is not what its own counts give
 */
public record ReportedBesideComputed(GraphEntity reported, FigureKind figure, RateDefinition definition, String asOf,
		double reportedValue, Double rateOfReportedCounts, Double computedValue, Long computedNumerator,
		Long computedDenominator, Double difference, boolean differsFromComputed, boolean differsFromItsCounts) {

	public String figureZh() {
		return this.figure.zh();
	}

	public String definitionZh() {
		return (this.definition != null) ? this.definition.zh() : null;
	}

	/** Either difference: the figure needs a look before it is published again. */
	public boolean flagged() {
		return this.differsFromComputed || this.differsFromItsCounts;
	}

}
