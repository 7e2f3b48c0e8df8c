package org.oversight.trace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.oversight.explore.Entities;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.security.Visibility;
import org.springframework.stereotype.Component;

/**
 * Where a money trail starts: a fund (its root accounts, following its tagged money), a
 * project (likewise), a transfer (an allocation or payment: from the account it reached)
 * or an account.
 */
@Component
class TrailStart {

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final Entities entities;

	TrailStart(Cypher cypher, QueryCatalogue queries, Entities entities) {
		this.cypher = cypher;
		this.queries = queries;
		this.entities = entities;
	}

	/**
	 * How a trail begins.
	 *
	 * @param nodes the accounts it starts from
	 * @param firstHop the first transfer when it starts at one, else empty
	 * @param frontier the accounts the first query expands, as {id, since|until}
	 * @param tagKey fundId or projectId when it follows tagged money, else null
	 * @param tag the fund's or project's id
	 * @param allocated the amount allocated (a fund's amount, a project's budget, a
	 * transfer's amount), or null
	 */
	record Start(List<Node> nodes, List<Record> firstHop, List<Map<String, Object>> frontier, String tagKey, String tag,
			Double allocated) {
	}

	Start resolve(String from, boolean downstream, Visibility visibility) {
		List<Record> transfer = this.cypher.read(this.queries.text("trace/transfer"), Map.of("id", from), (r) -> r);
		if (!transfer.isEmpty()) {
			return fromTransfer(transfer.get(0), downstream);
		}
		Node node = this.entities.require("from", List.of(from), visibility).get(from);
		if (node.hasLabel("Account")) {
			return new Start(List.of(node), List.of(), List.of(entry(from, null, downstream)), null, null, null);
		}
		if (!downstream) {
			throw DomainException.badRequest("from", "An upstream trail starts at an account or a transfer");
		}
		if (node.hasLabel("Fund")) {
			return tagged(node, "fundId", number(node.get("amount")));
		}
		if (node.hasLabel("Project")) {
			return tagged(node, "projectId", number(node.get("budget")));
		}
		throw DomainException.badRequest("from",
				"A money trail starts at a fund, a project, an account or a transfer; '" + from + "' is none of them");
	}

	private Start fromTransfer(Record row, boolean downstream) {
		Value t = row.get("t");
		String tagKey = !t.get("fundId").isNull() ? "fundId" : (!t.get("projectId").isNull() ? "projectId" : null);
		String tag = (tagKey != null) ? t.get(tagKey).asString() : null;
		Node next = row.get(downstream ? "b" : "a").asNode();
		return new Start(List.of(row.get("a").asNode(), row.get("b").asNode()), List.of(row),
				List.of(entry(next.get("id").asString(), t.get("date").asLocalDate(null), downstream)), tagKey, tag,
				t.get("amount").asDouble());
	}

	private Start tagged(Node node, String tagKey, Double allocated) {
		String id = node.get("id").asString();
		Map<String, Object> params = new HashMap<>();
		params.put("fund", "fundId".equals(tagKey) ? id : null);
		params.put("project", "projectId".equals(tagKey) ? id : null);
		List<Node> roots = this.cypher.read(this.queries.text("trace/fund-roots"), params, (r) -> r.get("a").asNode());
		List<Map<String, Object>> frontier = roots.stream()
			.map((root) -> entry(root.get("id").asString(), null, true))
			.toList();
		return new Start(roots, List.of(), frontier, tagKey, id, allocated);
	}

	private static Map<String, Object> entry(String id, Object date, boolean downstream) {
		Map<String, Object> entry = new HashMap<>();
		entry.put("id", id);
		entry.put(downstream ? "since" : "until", date);
		return entry;
	}

	private static Double number(Value value) {
		return value.isNull() ? null : value.asDouble();
	}

}
