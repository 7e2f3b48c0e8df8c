package org.oversight.explore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.security.Visibility;
import org.springframework.stereotype.Service;

/**
 * The neighbourhood of one or more entities, ring by ring up to three hops, capped at a
 * number of nodes with a "more available" signal instead of a huge answer. Each ring is
 * one query over the frontier, so a hub costs at most the cap, never its whole degree.
 */
@Service
public class Neighbourhoods {

	public static final int MAX_HOPS = 3;

	public static final int MAX_LIMIT = 1000;

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final Entities entities;

	Neighbourhoods(Cypher cypher, QueryCatalogue queries, Entities entities) {
		this.cypher = cypher;
		this.queries = queries;
		this.entities = entities;
	}

	public Subgraph around(List<String> ids, int hops, int limit, TraversalFilter filter, Visibility visibility) {
		DomainException.requireWithin("hops", hops, MAX_HOPS);
		DomainException.requireWithin("limit", limit, MAX_LIMIT);
		Subgraph.Builder graph = new Subgraph.Builder();
		this.entities.require("id", ids, visibility).values().forEach(graph::node);
		Set<String> seen = new LinkedHashSet<>(ids);
		List<String> frontier = List.copyOf(seen);
		boolean truncated = false;
		for (int hop = 1; hop <= hops && !frontier.isEmpty(); hop++) {
			Ring ring = ring(frontier, limit - graph.nodeCount(), filter, visibility);
			truncated |= ring.truncated();
			List<String> next = new ArrayList<>();
			for (Record row : ring.rows()) {
				String neighbour = row.get("b").get("id").asString();
				if (!seen.contains(neighbour) && graph.nodeCount() >= limit) {
					truncated = true;
					continue;
				}
				graph.add(row.get("a")).add(row.get("b")).add(row.get("r"));
				if (seen.add(neighbour)) {
					next.add(neighbour);
				}
			}
			frontier = next;
		}
		edgesAmong(seen, limit, filter).forEach(graph::add);
		return graph.build(truncated);
	}

	private Ring ring(List<String> frontier, int room, TraversalFilter filter, Visibility visibility) {
		// Rows are relationships, several may reach one node: fetch more rows than nodes
		// fit.
		int rows = Math.max(room, 1) * 4 + 1;
		Map<String, Object> params = filter.parameters();
		params.put("frontier", frontier);
		params.put("limit", rows);
		List<Record> found = this.cypher.read(this.queries.text("explore/neighbourhood-step", visibility::allows),
				visibility.with(params), (r) -> r);
		return new Ring(found, found.size() >= rows);
	}

	/** Every id of the set is visible already, so this needs no visibility predicate. */
	private List<org.neo4j.driver.Value> edgesAmong(Set<String> ids, int limit, TraversalFilter filter) {
		Map<String, Object> params = filter.parameters();
		params.put("ids", List.copyOf(ids));
		params.put("limit", limit * 4);
		return this.cypher.read(this.queries.text("explore/edges-among"), params, (r) -> r.get("r"));
	}

	private record Ring(List<Record> rows, boolean truncated) {
	}

}
