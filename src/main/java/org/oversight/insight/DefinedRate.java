package org.oversight.insight;

/**
 * A rectification rate under one named definition.
 *
 * @param definition how it is counted
 * @param numerator what is rectified (problems or tasks, as the definition says)
 * @param denominator what it is taken over
 */
public record DefinedRate(RateDefinition definition, long numerator, long denominator) {

	public String definitionZh() {
		return this.definition.zh();
	}

	/** In percent, 2 decimals; null when the denominator is 0. */
	public Double rate() {
		return Figures.percent(this.numerator, this.denominator);
	}

}
