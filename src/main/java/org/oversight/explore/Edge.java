package org.oversight.explore;

import java.util.Map;

import org.neo4j.driver.types.Relationship;
import org.oversight.store.GraphEntity;

/**
 * One relationship as a network picture draws it: its type, the ids at either end (in the
 * direction it is stored) and its own properties.
 *
 * @param type the relationship type, e.g. {@code TRANSFER}
 * @param from the id of the start node
 * @param to the id of the end node
 * @param id the relationship's own id where it has one (a transfer's id)
 * @param properties its properties, dates as ISO text
 */
public record Edge(String type, String from, String to, String id, Map<String, Object> properties) {

	/**
	 * Maps a driver relationship, given the entity ids of the nodes it may touch by their
	 * element ids; null when an end is not among them.
	 */
	public static Edge of(Relationship rel, Map<String, String> idsByElement) {
		String from = idsByElement.get(rel.startNodeElementId());
		String to = idsByElement.get(rel.endNodeElementId());
		if (from == null || to == null) {
			return null;
		}
		Map<String, Object> properties = GraphEntity.plain(rel.asMap());
		Object id = properties.get("id");
		return new Edge(rel.type(), from, to, (id != null) ? id.toString() : null, properties);
	}

	/** A stable key: two edges with the same key are the same relationship. */
	String key() {
		return this.type + "|" + this.from + "|" + this.to + "|" + ((this.id != null) ? this.id : this.properties);
	}

}
