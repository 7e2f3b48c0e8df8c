package org.oversight.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.oversight.graph.Cypher;
import org.oversight.security.Visibility;
import org.springframework.stereotype.Component;

/**
 * Answers which ids exist and of which kind, for many ids in one statement.
 */
@Component
public class References {

	private final Cypher cypher;

	public References(Cypher cypher) {
		this.cypher = cypher;
	}

	/** The kind of each id found in the database; ids not found are absent. */
	public Map<String, String> kinds(Collection<String> ids) {
		return kinds(ids, Visibility.ALL);
	}

	/**
	 * The kind of each id the caller may see; the others are absent, as if they did not
	 * exist.
	 */
	public Map<String, String> kinds(Collection<String> ids, Visibility visibility) {
		Map<String, String> kinds = new HashMap<>();
		if (ids.isEmpty()) {
			return kinds;
		}
		this.cypher.read(
				"UNWIND $ids AS id MATCH (n:Entity {id: id}) WHERE " + visibility.allows("n")
						+ " RETURN id, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind",
				visibility.with(Map.of("ids", List.copyOf(ids))),
				(r) -> kinds.put(r.get("id").asString(), r.get("kind").asString()));
		return kinds;
	}

	/** Which of these relationship ids exist already (transfers). */
	public java.util.Set<String> existingRelationshipIds(org.oversight.model.RelationType type,
			Collection<String> ids) {
		java.util.Set<String> found = new java.util.HashSet<>();
		if (!ids.isEmpty()) {
			this.cypher.read("UNWIND $ids AS id MATCH ()-[r:`" + type + "` {id: id}]->() RETURN r.id AS id",
					Map.of("ids", List.copyOf(ids)), (r) -> found.add(r.get("id").asString()));
		}
		return found;
	}

	/**
	 * Why a reference is wrong, or null when it is fine.
	 * @param id the referenced id
	 * @param kind its kind, or null when it exists nowhere
	 * @param allowed the kinds allowed; empty for any
	 */
	public static String problem(String id, String kind, Set<String> allowed) {
		if (kind == null) {
			return "'" + id + "' exists neither in this data nor in the database";
		}
		if (!allowed.isEmpty() && !allowed.contains(kind)) {
			return "'" + id + "' is a " + kind + ", expected " + String.join(" or ", allowed);
		}
		return null;
	}

}
