package org.oversight.investigation;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one JSON form of drawn nodes and queries, used both in the graph (the {@code nodes}
 * and {@code queries} properties) and in {@code investigations.jsonl}: keys in a fixed
 * order, absent values left out, so the same investigation is always the same bytes and
 * an export → import → export round trip is identical.
 */
final class InvestigationJson {

	static final ObjectMapper JSON = new ObjectMapper();

	private InvestigationJson() {
	}

	static String nodes(List<Stored.Drawn> nodes) {
		return write(nodesTree(nodes));
	}

	static ArrayNode nodesTree(List<Stored.Drawn> nodes) {
		ArrayNode array = JSON.createArrayNode();
		for (Stored.Drawn n : nodes) {
			ObjectNode o = array.addObject();
			o.put("entity_id", n.entityId());
			if (n.x() != null) {
				o.put("x", n.x());
			}
			if (n.y() != null) {
				o.put("y", n.y());
			}
			if (n.note() != null) {
				o.put("note", n.note());
			}
			if (n.pinned()) {
				o.put("pinned", true);
			}
			if (n.group() != null) {
				o.put("group", n.group());
			}
		}
		return array;
	}

	static List<Stored.Drawn> nodes(String json) {
		List<Stored.Drawn> nodes = new ArrayList<>();
		for (JsonNode n : read(json)) {
			nodes.add(new Stored.Drawn(n.get("entity_id").asText(), number(n.get("x")), number(n.get("y")),
					text(n.get("note")), n.path("pinned").asBoolean(false), text(n.get("group"))));
		}
		return nodes;
	}

	static String queries(List<Stored.SavedQuery> queries) {
		return write(queriesTree(queries));
	}

	static ArrayNode queriesTree(List<Stored.SavedQuery> queries) {
		ArrayNode array = JSON.createArrayNode();
		for (Stored.SavedQuery q : queries) {
			ObjectNode o = array.addObject();
			o.put("name", q.name());
			o.set("variables", read(q.variables()));
		}
		return array;
	}

	static List<Stored.SavedQuery> queries(String json) {
		List<Stored.SavedQuery> queries = new ArrayList<>();
		for (JsonNode q : read(json)) {
			queries.add(new Stored.SavedQuery(q.get("name").asText(), write(q.get("variables"))));
		}
		return queries;
	}

	/** A JSON object in compact form, or null when the text is not one. */
	static String object(String text) {
		try {
			JsonNode node = JSON.readTree(text);
			return (node != null && node.isObject()) ? write(node) : null;
		}
		catch (JsonProcessingException ex) {
			return null;
		}
	}

	/** Every string value inside a JSON value, at any depth: what may name an entity. */
	static void strings(JsonNode node, List<String> into) {
		if (node.isTextual()) {
			into.add(node.asText());
		}
		node.forEach((child) -> strings(child, into));
	}

	static JsonNode read(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A stored investigation is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	static String write(JsonNode node) {
		try {
			return JSON.writeValueAsString(node);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Double number(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asDouble();
	}

	private static String text(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asText();
	}

}
