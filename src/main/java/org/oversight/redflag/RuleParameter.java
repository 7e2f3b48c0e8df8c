package org.oversight.redflag;

/**
 * A parameter a rule declares in its header, with its default and the range a caller may
 * set it to.
 *
 * @param name the name, used in the rule as {@code $name}
 * @param defaultValue the default
 * @param integer whether only whole numbers are allowed (the default has no decimals)
 * @param min the smallest value allowed
 * @param max the largest value allowed
 */
public record RuleParameter(String name, double defaultValue, boolean integer, double min, double max) {

	/** The value as the query takes it: a long for whole-number parameters. */
	Object bound(double value) {
		return this.integer ? (Object) Math.round(value) : (Object) value;
	}

	/** Null when the value is allowed, else why not. */
	String problem(double value) {
		if (this.integer && value != Math.rint(value)) {
			return this.name + " must be a whole number, was " + value;
		}
		if (value < this.min || value > this.max) {
			return this.name + " must be between " + text(this.min) + " and " + text(this.max) + ", was " + text(value);
		}
		return null;
	}

	static String text(double value) {
		return (value == Math.rint(value) && !Double.isInfinite(value)) ? Long.toString((long) value)
				: Double.toString(value);
	}

}
