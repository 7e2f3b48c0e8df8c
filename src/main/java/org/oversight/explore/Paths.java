package org.oversight.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.security.Visibility;
import org.oversight.store.GraphEntity;
import org.oversight.store.Page;
import org.springframework.stereotype.Service;

/**
 * The shortest paths from one entity to another or to a set, shortest first, through
 * entities the caller may see only: a path through a hidden lead does not exist for them.
 */
@Service
public class Paths {

	public static final int MAX_HOPS = 6;

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final Entities entities;

	Paths(Cypher cypher, QueryCatalogue queries, Entities entities) {
		this.cypher = cypher;
		this.queries = queries;
		this.entities = entities;
	}

	public List<GraphPath> between(String from, List<String> to, int maxHops, int first, boolean timeValid,
			TraversalFilter filter, Visibility visibility) {
		DomainException.requireWithin("maxHops", maxHops, MAX_HOPS);
		DomainException.requireWithin("first", first, Page.MAX_SIZE);
		this.entities.require("from", List.of(from), visibility);
		this.entities.require("to", to, visibility);
		Map<String, Object> params = filter.parameters();
		params.put("from", from);
		params.put("to", to);
		params.put("timeValid", timeValid);
		params.put("k", first);
		String query = this.queries.text("explore/paths", visibility::allows, Map.of("k", first, "maxHops", maxHops));
		return this.cypher.read(query, visibility.with(params), (r) -> of(r.get("p").asPath()));
	}

	static GraphPath of(Path path) {
		Map<String, String> ids = new HashMap<>();
		List<GraphEntity> nodes = new ArrayList<>();
		for (Node node : path.nodes()) {
			ids.put(node.elementId(), node.get("id").asString());
			nodes.add(GraphEntity.of(node));
		}
		List<Edge> edges = new ArrayList<>();
		for (Relationship rel : path.relationships()) {
			edges.add(Edge.of(rel, ids));
		}
		return new GraphPath(edges.size(), nodes, edges, PathSentence.read(nodes, edges));
	}

}
