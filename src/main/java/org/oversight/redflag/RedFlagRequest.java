package org.oversight.redflag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.oversight.model.DomainException;

/**
 * What a caller asks the engine: which rules, over which scope, as of which date, how
 * many hits at most, and which parameters differ from the rules' defaults.
 *
 * @param rules rule codes, or null for all
 * @param scope an organization or region id, or null for the whole graph
 * @param asOf the date the question is asked on
 * @param first the most hits returned
 * @param overrides parameter values that replace defaults
 */
public record RedFlagRequest(List<String> rules, String scope, LocalDate asOf, int first,
		List<ParameterValue> overrides) {

	/** The most hits one call returns. */
	public static final int MAX_FIRST = 1000;

	/**
	 * A parameter value for one rule, or for every selected rule that has the parameter.
	 *
	 * @param rule a rule code, or null
	 * @param name the parameter
	 * @param value its value
	 */
	public record ParameterValue(String rule, String name, double value) {
	}

	/** Reads the arguments as GraphQL gives them, refusing bad ones by name. */
	public static RedFlagRequest of(List<String> rules, String scope, String asOf, Integer first,
			List<ParameterValue> overrides) {
		int limit = (first != null) ? first : MAX_FIRST;
		if (limit < 0 || limit > MAX_FIRST) {
			throw DomainException.limit("first", "first must be between 0 and " + MAX_FIRST + ", was " + limit);
		}
		return new RedFlagRequest(rules, scope, date(asOf), limit, (overrides != null) ? overrides : List.of());
	}

	static LocalDate date(String asOf) {
		if (asOf == null) {
			return LocalDate.now();
		}
		try {
			return LocalDate.parse(asOf);
		}
		catch (DateTimeParseException ex) {
			throw DomainException.badRequest("asOf", "asOf must be a date like 2026-11-01, was '" + asOf + "'");
		}
	}

}
