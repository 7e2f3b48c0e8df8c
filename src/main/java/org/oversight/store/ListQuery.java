package org.oversight.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.oversight.model.DomainException;
import org.oversight.model.EntityType;
import org.oversight.model.Field;
import org.oversight.model.ValueType;
import org.oversight.security.Visibility;

/**
 * Turns a typed list's filter and sort arguments into a Cypher {@code WHERE} and
 * {@code ORDER BY}. Property names and relationship types come only from the model
 * catalogue; every user value is a parameter.
 */
final class ListQuery {

	private final EntityType type;

	private final List<String> predicates = new ArrayList<>();

	private final Map<String, Object> parameters = new HashMap<>();

	private final Visibility visibility;

	ListQuery(EntityType type, Map<String, Object> filter, Visibility visibility) {
		this.type = type;
		this.visibility = visibility;
		this.predicates.add(visibility.allows("n", Set.of(type.kind())));
		if (filter != null) {
			filter.forEach((key, value) -> {
				if (value != null) {
					add(key, value);
				}
			});
		}
	}

	String where() {
		return "WHERE " + String.join(" AND ", this.predicates);
	}

	Map<String, Object> parameters() {
		return this.parameters;
	}

	String orderBy(List<Sort> sort) {
		List<String> keys = new ArrayList<>();
		for (Sort s : (sort != null) ? sort : List.<Sort>of()) {
			keys.add("n.`" + sortable(s.field()) + "`" + (s.descending() ? " DESC" : ""));
		}
		if (keys.isEmpty() && this.type.field("name").isPresent()) {
			keys.add("n.name");
		}
		keys.add("n.id");
		return "ORDER BY " + String.join(", ", keys);
	}

	private String sortable(String field) {
		if (field.equals("id") || this.type.properties().stream().anyMatch((f) -> f.name().equals(field))) {
			return field;
		}
		throw DomainException.badRequest("sort", "Cannot sort " + this.type.kind() + " by '" + field + "'");
	}

	private void add(String key, Object value) {
		String param = "f" + this.parameters.size();
		this.parameters.put(param, value);
		switch (key) {
			case "ids" -> this.predicates.add("n.id IN $" + param);
			case "nameContains" -> this.predicates.add("toLower(n.name) CONTAINS toLower($" + param + ")");
			case "underId" -> this.predicates.add(orgExists("-[:PART_OF*0..]->(:Organization {id: $" + param + "})"));
			case "regionId" -> this.predicates.add(inRegion(param));
			default -> addField(key, param);
		}
	}

	private void addField(String key, String param) {
		for (String suffix : List.of("From", "To", "Min", "Max")) {
			if (key.endsWith(suffix)) {
				Field field = field(key.substring(0, key.length() - suffix.length()));
				String op = (suffix.equals("From") || suffix.equals("Min")) ? ">=" : "<=";
				String value = (field.type() == ValueType.DATE) ? date(key, param) : "$" + param;
				this.predicates.add("n.`" + field.name() + "` " + op + " " + value);
				return;
			}
		}
		Field field = field(key);
		if (field.isReference()) {
			// The referenced entity must be visible too, or a count would confirm a
			// hidden one.
			this.predicates.add("EXISTS { (n)-[:" + field.relation() + "]->(ref:Entity {id: $" + param + "}) WHERE "
					+ this.visibility.allows("ref", field.targets()) + " }");
		}
		else if (field.type() == ValueType.CODE) {
			this.predicates.add("n.`" + field.name() + "` IN $" + param);
		}
		else if (field.type() == ValueType.DATE) {
			this.predicates.add("n.`" + field.name() + "` = " + date(key, param));
		}
		else {
			this.predicates.add("n.`" + field.name() + "` = $" + param);
		}
	}

	/**
	 * A date filter's value, checked here: Cypher's {@code date()} would fail on a bad
	 * one as an internal error instead of naming the filter.
	 */
	private String date(String key, String param) {
		String text = String.valueOf(this.parameters.get(param));
		try {
			this.parameters.put(param, java.time.LocalDate.parse(text));
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw DomainException.badRequest(key, key + " must be a date like 2026-03-01, not '"
					+ ((text.length() > 40) ? text.substring(0, 40) + "…" : text) + "'");
		}
		return "$" + param;
	}

	private Field field(String name) {
		return this.type.field(name)
			.orElseThrow(() -> DomainException.badRequest("filter", this.type.kind() + " has no field '" + name + "'"));
	}

	private String inRegion(String param) {
		if (this.type.kind().equals("Region")) {
			return "EXISTS { (n)-[:PART_OF*0..]->(:Region {id: $" + param + "}) }";
		}
		// An organization without a region of its own lies in its nearest ancestor's.
		return orgExists("-[:PART_OF*0..]->(:Organization)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: $"
				+ param + "})");
	}

	/**
	 * A predicate that the entity's organization matches the given continuation pattern.
	 */
	private String orgExists(String continuation) {
		String path = this.type.orgPath();
		if (path == null) {
			throw DomainException.badRequest("filter", this.type.kind() + " belongs to no organization");
		}
		String org = path.isEmpty() ? "(n)" : "(n)" + path + "(:Organization)";
		return "EXISTS { " + org + continuation + " }";
	}

}
