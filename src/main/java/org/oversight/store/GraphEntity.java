package org.oversight.store;

import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * One entity as the API sees it: its id, its kind (the label, which is also the GraphQL
 * type) and its properties with dates as ISO strings.
 *
 * @param id the graph-wide id
 * @param kind e.g. {@code Organization}
 * @param properties every stored property
 */
public record GraphEntity(String id, String kind, Map<String, Object> properties) {

	static final String ENTITY_LABEL = "Entity";

	private static final List<String> NAME_FALLBACKS = List.of("name", "title", "summary", "task");

	/** A display name: the name, else the title, summary or task, else the id. */
	public String name() {
		for (String key : NAME_FALLBACKS) {
			Object value = this.properties.get(key);
			if (value != null) {
				return value.toString();
			}
		}
		return this.id;
	}

	public Object get(String property) {
		return switch (property) {
			case "id" -> this.id;
			case "kind" -> this.kind;
			case "name" -> name();
			default -> this.properties.get(property);
		};
	}

	/** Maps a driver node; null stays null. */
	public static GraphEntity of(Value value) {
		return value.isNull() ? null : of(value.asNode());
	}

	public static GraphEntity of(Node node) {
		String kind = null;
		for (String label : node.labels()) {
			if (!ENTITY_LABEL.equals(label)) {
				kind = label;
				break;
			}
		}
		return new GraphEntity(node.get("id").asString(), kind, plain(node.asMap()));
	}

	/**
	 * Maps {@code {id, kind, props}} as a projecting read returns it (see
	 * {@link Projection}); null stays null.
	 */
	static GraphEntity ofMap(Value value) {
		if (value.isNull() || value.get("id").isNull()) {
			return null;
		}
		return new GraphEntity(value.get("id").asString(), value.get("kind").asString(null),
				plain(value.get("props").asMap()));
	}

	/** Driver values as the API shows them: temporal values as ISO-8601 text. */
	public static Map<String, Object> plain(Map<String, Object> values) {
		Map<String, Object> out = new LinkedHashMap<>();
		values.forEach((k, v) -> out.put(k, (v instanceof TemporalAccessor) ? v.toString() : v));
		return out;
	}

}
