package org.oversight.redflag;

import java.util.List;

/**
 * One red-flag rule as its file's header declares it.
 *
 * @param code the rule's code, also its file name
 * @param title the English title
 * @param titleZh the Chinese title
 * @param severity HIGH, MEDIUM or LOW
 * @param subject what the subject of a hit is
 * @param description the definition
 * @param descriptionZh the definition in Chinese, for the workbench's rule catalogue
 * @param parameters the parameters with their defaults
 * @param returns what one result row means
 * @param choices where the definition left a choice, which was made
 * @param query the name of the query in the catalogue
 */
public record RedFlagRule(String code, String title, String titleZh, String severity, String subject,
		String description, String descriptionZh, List<RuleParameter> parameters, String returns, String choices,
		String query) {

	/** The parameter of that name, or null. */
	public RuleParameter parameter(String name) {
		return this.parameters.stream().filter((p) -> p.name().equals(name)).findFirst().orElse(null);
	}

}
