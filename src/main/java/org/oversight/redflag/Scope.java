package org.oversight.redflag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.oversight.graph.Cypher;
import org.oversight.model.DomainException;
import org.oversight.model.EntityType;
import org.oversight.model.Model;
import org.springframework.stereotype.Component;

/**
 * Which entities lie in a scope: an organization's subtree, or the organizations located
 * in a region or its sub-regions (with their subtrees), and every entity whose path to
 * its organization (the model's {@link EntityType#orgPath()}) leads into them. A hit is
 * in scope when its evidence touches one of them, so a scoped run gives the whole-graph
 * hits filtered to the scope.
 */
@Component
class Scope {

	private static final String ORGS = """
			MATCH (scope:Entity {id: $scope})
			RETURN labels(scope) AS labels, COLLECT {
			  MATCH (o:Organization)-[:PART_OF*0..]->(scope:Organization) RETURN o.id AS id
			  UNION
			  MATCH (o:Organization)-[:PART_OF*0..]->(:Organization)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(scope:Region)
			  RETURN o.id AS id
			} AS orgs""";

	private final Cypher cypher;

	private final String membership;

	Scope(Cypher cypher, Model model) {
		this.cypher = cypher;
		this.membership = membership(model);
	}

	/** The ids of the organizations a scope covers; refuses an id that is not one. */
	Set<String> organizations(String scopeId) {
		var rows = this.cypher.read(ORGS, Map.of("scope", scopeId),
				(r) -> Map.entry(r.get("labels").asList(), r.get("orgs").asList((v) -> v.asString())));
		List<Object> labels = rows.isEmpty() ? List.of() : rows.get(0).getKey();
		if (!labels.contains("Organization") && !labels.contains("Region")) {
			throw new DomainException(org.oversight.model.ErrorCode.NOT_FOUND, "scope",
					"No organization or region with id '" + scopeId + "'");
		}
		return new HashSet<>(rows.get(0).getValue());
	}

	/** Those of the ids whose entity lies in the scope given by its organizations. */
	Set<String> members(Set<String> ids, Set<String> organizations) {
		return new HashSet<>(this.cypher.read(this.membership,
				Map.of("ids", List.copyOf(ids), "orgs", List.copyOf(organizations)), (r) -> r.get(0).asString()));
	}

	/**
	 * One predicate per kind that belongs to an organization; labels come from the model.
	 */
	private static String membership(Model model) {
		List<String> kinds = new ArrayList<>();
		for (EntityType type : model.entityTypes()) {
			String path = type.orgPath();
			if (path == null) {
				continue;
			}
			String label = "n:`" + type.kind() + "`";
			kinds.add(path.isEmpty() ? "(" + label + " AND n.id IN $orgs)"
					: "(" + label + " AND EXISTS { (n)" + path + "(o:Organization) WHERE o.id IN $orgs })");
		}
		return "UNWIND $ids AS id MATCH (n:Entity {id: id}) WHERE " + String.join(" OR ", kinds) + " RETURN n.id";
	}

}
