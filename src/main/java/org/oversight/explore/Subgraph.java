package org.oversight.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.oversight.store.GraphEntity;

/**
 * Nodes and the edges among them, in the shape a network picture draws directly.
 *
 * @param nodes the entities, each once
 * @param edges the relationships among them, each once; both ends are in {@code nodes}
 * @param truncated whether more was found than the answer holds (the "more available"
 * signal)
 */
public record Subgraph(List<GraphEntity> nodes, List<Edge> edges, boolean truncated) {

	public static Subgraph empty() {
		return new Subgraph(List.of(), List.of(), false);
	}

	/**
	 * Collects nodes, relationships and paths from driver values, keeping each once and
	 * dropping relationships whose ends were not collected as nodes. Relationships are
	 * resolved when {@link #build(boolean)} is called, so the order of adding does not
	 * matter.
	 */
	public static final class Builder {

		private final Map<String, GraphEntity> nodes = new LinkedHashMap<>();

		private final Map<String, String> idsByElement = new LinkedHashMap<>();

		private final List<Relationship> relationships = new ArrayList<>();

		/** Adds a node, relationship, path, or a list of them; null is ignored. */
		public Builder add(Value value) {
			if (value == null || value.isNull()) {
				return this;
			}
			switch (value.type().name()) {
				case "NODE" -> node(value.asNode());
				case "RELATIONSHIP" -> this.relationships.add(value.asRelationship());
				case "PATH" -> path(value.asPath());
				case "LIST OF ANY?" -> value.values().forEach(this::add);
				default -> {
					// scalars carry no graph; ignoring them lets queries return mixed
					// lists
				}
			}
			return this;
		}

		public Builder node(Node node) {
			if (node.hasLabel("Entity")
					&& this.idsByElement.putIfAbsent(node.elementId(), node.get("id").asString()) == null) {
				GraphEntity entity = GraphEntity.of(node);
				this.nodes.putIfAbsent(entity.id(), entity);
			}
			return this;
		}

		public Builder relationship(Relationship relationship) {
			this.relationships.add(relationship);
			return this;
		}

		public Builder path(Path path) {
			path.nodes().forEach(this::node);
			path.relationships().forEach(this.relationships::add);
			return this;
		}

		public int nodeCount() {
			return this.nodes.size();
		}

		public boolean contains(String id) {
			return this.nodes.containsKey(id);
		}

		public Subgraph build(boolean truncated) {
			Map<String, Edge> edges = new LinkedHashMap<>();
			for (Relationship rel : this.relationships) {
				Edge edge = Edge.of(rel, this.idsByElement);
				if (edge != null) {
					edges.putIfAbsent(edge.key(), edge);
				}
			}
			return new Subgraph(List.copyOf(this.nodes.values()), List.copyOf(edges.values()), truncated);
		}

	}

}
