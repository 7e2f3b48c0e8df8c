package org.oversight.graph;

import java.util.Map;

/**
 * A Cypher query kept as a file under {@code queries/}, with the header it declares.
 *
 * @param name the path below {@code queries/} without {@code .cypher}, e.g.
 * {@code explore/search}
 * @param header the {@code // key: value} lines at the top of the file
 * @param text the whole file
 */
public record NamedQuery(String name, Map<String, String> header, String text) {

	public String header(String key, String fallback) {
		return this.header.getOrDefault(key, fallback);
	}

}
