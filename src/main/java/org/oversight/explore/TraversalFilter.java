package org.oversight.explore;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.oversight.model.DomainException;
import org.oversight.model.Model;
import org.oversight.model.RelationType;

/**
 * What a traversal may follow: relationship types, the kinds of entity it may reach, and
 * a time window that each relationship's period must overlap. Every name is checked
 * against the model, so Cypher never sees a type the model does not know.
 *
 * @param types relationship types, or null for all
 * @param kinds entity kinds, or null for all
 * @param from start of the window, or null
 * @param to end of the window, or null
 */
public record TraversalFilter(List<String> types, List<String> kinds, LocalDate from, LocalDate to) {

	public static final TraversalFilter NONE = new TraversalFilter(null, null, null, null);

	/** Checks the arguments of a request; each refusal names its argument. */
	public static TraversalFilter of(List<String> types, List<String> kinds, String from, String to, Model model) {
		if (types != null) {
			for (String type : types) {
				if (RelationType.find(type) == null) {
					throw DomainException.badRequest("types",
							"'" + type + "' is not a relationship type; known: " + List.of(RelationType.values()));
				}
			}
		}
		if (kinds != null) {
			for (String kind : kinds) {
				if (model.entity(kind).isEmpty()) {
					throw DomainException.badRequest("kinds", "'" + kind + "' is not a kind of entity");
				}
			}
		}
		LocalDate start = date("from", from);
		LocalDate end = date("to", to);
		if (start != null && end != null && end.isBefore(start)) {
			throw DomainException.badRequest("to", "to (" + end + ") is before from (" + start + ")");
		}
		return new TraversalFilter(types, kinds, start, end);
	}

	/**
	 * The parameters {@code $types, $kinds, $windowFrom, $windowTo} of the explore
	 * queries.
	 */
	public Map<String, Object> parameters() {
		Map<String, Object> params = new HashMap<>();
		params.put("types", this.types);
		params.put("kinds", this.kinds);
		params.put("windowFrom", this.from);
		params.put("windowTo", this.to);
		return params;
	}

	/** Parses an ISO date argument; null stays null. */
	public static LocalDate date(String argument, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw DomainException.badRequest(argument,
					argument + " must be a date like 2024-06-30, was '" + text + "'");
		}
	}

}
