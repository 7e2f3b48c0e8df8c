package org.oversight.explore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.types.Node;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.security.Visibility;
import org.springframework.stereotype.Component;

/**
 * Looks up the entities a request starts from. One the caller may not see is refused with
 * the same error as one that does not exist, so the answer never tells them apart.
 */
@Component
public class Entities {

	private final Cypher cypher;

	private final QueryCatalogue queries;

	Entities(Cypher cypher, QueryCatalogue queries) {
		this.cypher = cypher;
		this.queries = queries;
	}

	/** The nodes by id, in the order asked; throws NOT_FOUND naming the argument. */
	public Map<String, Node> require(String argument, List<String> ids, Visibility visibility) {
		if (ids == null || ids.isEmpty()) {
			throw DomainException.badRequest(argument, "Give at least one id");
		}
		Map<String, Node> found = new LinkedHashMap<>();
		this.cypher
			.read(this.queries.text("explore/entities", visibility::allows), visibility.with(Map.of("ids", ids)),
					(r) -> r.get("n").asNode())
			.forEach((node) -> found.put(node.get("id").asString(), node));
		Map<String, Node> ordered = new LinkedHashMap<>();
		for (String id : ids) {
			Node node = found.get(id);
			if (node == null) {
				throw DomainException.notFound(argument, id);
			}
			ordered.put(id, node);
		}
		return ordered;
	}

}
