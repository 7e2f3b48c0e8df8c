package org.oversight.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.security.Visibility;
import org.oversight.store.GraphEntity;
import org.oversight.store.Page;
import org.springframework.stereotype.Service;

/**
 * The entities that link two or more given entities within k hops: the persons, companies
 * and accounts shared by several clues. Each given entity is explored ring by ring
 * (breadth first, so the first route found to a node is a shortest one), through visible
 * entities only; an entity reached from two or more of them is a connector.
 */
@Service
public class Connections {

	public static final int MAX_HOPS = 3;

	/** How many entities one exploration may reach before it stops and says so. */
	static final int REACH = 5000;

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final Entities entities;

	Connections(Cypher cypher, QueryCatalogue queries, Entities entities) {
		this.cypher = cypher;
		this.queries = queries;
		this.entities = entities;
	}

	public List<Connector> among(List<String> ids, int maxHops, List<String> connectorKinds, int first,
			TraversalFilter filter, Visibility visibility) {
		if (ids == null || ids.stream().distinct().count() < 2) {
			throw DomainException.badRequest("ids", "Give at least two different ids");
		}
		DomainException.requireWithin("maxHops", maxHops, MAX_HOPS);
		DomainException.requireWithin("first", first, Page.MAX_SIZE);
		List<String> sources = ids.stream().distinct().toList();
		Map<String, Node> starts = this.entities.require("ids", sources, visibility);
		Map<String, Map<String, Step>> reached = new LinkedHashMap<>();
		for (String source : sources) {
			reached.put(source, explore(starts.get(source), maxHops, filter, visibility));
		}
		return connectors(reached, connectorKinds, first);
	}

	private Map<String, Step> explore(Node start, int maxHops, TraversalFilter filter, Visibility visibility) {
		Map<String, Step> steps = new HashMap<>();
		steps.put(start.get("id").asString(), new Step(start, null, null, 0));
		List<String> frontier = List.of(start.get("id").asString());
		for (int hop = 1; hop <= maxHops && !frontier.isEmpty() && steps.size() < REACH; hop++) {
			Map<String, Object> params = filter.parameters();
			params.put("kinds", null);
			params.put("frontier", frontier);
			params.put("limit", REACH * 4);
			List<String> next = new ArrayList<>();
			for (Record row : this.cypher.read(this.queries.text("explore/neighbourhood-step", visibility::allows),
					visibility.with(params), (r) -> r)) {
				Node node = row.get("b").asNode();
				String id = node.get("id").asString();
				if (!steps.containsKey(id) && steps.size() < REACH) {
					steps.put(id,
							new Step(node, row.get("a").get("id").asString(), row.get("r").asRelationship(), hop));
					next.add(id);
				}
			}
			frontier = next;
		}
		return steps;
	}

	private static List<Connector> connectors(Map<String, Map<String, Step>> reached, List<String> kinds, int first) {
		Map<String, List<String>> sourcesOf = new LinkedHashMap<>();
		reached.forEach((source, steps) -> steps.keySet()
			.stream()
			.filter((id) -> !reached.containsKey(id))
			.forEach((id) -> sourcesOf.computeIfAbsent(id, (k) -> new ArrayList<>()).add(source)));
		List<Connector> found = new ArrayList<>();
		sourcesOf.forEach((id, sources) -> {
			if (sources.size() < 2) {
				return;
			}
			Node node = reached.get(sources.get(0)).get(id).node();
			GraphEntity entity = GraphEntity.of(node);
			if (kinds != null && !kinds.contains(entity.kind())) {
				return;
			}
			Subgraph.Builder evidence = new Subgraph.Builder();
			int distance = 0;
			for (String source : sources) {
				distance += route(reached.get(source), id, evidence);
			}
			found.add(new Connector(entity, sources, distance, evidence.build(false)));
		});
		found.sort(Comparator.comparing((Connector c) -> -c.reaches().size())
			.thenComparing(Connector::distance)
			.thenComparing((c) -> c.entity().id()));
		return found.subList(0, Math.min(first, found.size()));
	}

	/** Adds the route from an exploration's start to the node; returns its length. */
	private static int route(Map<String, Step> steps, String id, Subgraph.Builder evidence) {
		Step step = steps.get(id);
		int length = step.depth();
		while (step != null) {
			evidence.node(step.node());
			if (step.via() != null) {
				evidence.relationship(step.via());
			}
			step = (step.parent() != null) ? steps.get(step.parent()) : null;
		}
		return length;
	}

	/** How an exploration reached a node: from which node, over which relationship. */
	private record Step(Node node, String parent, Relationship via, int depth) {
	}

}
