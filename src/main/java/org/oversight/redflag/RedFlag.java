package org.oversight.redflag;

import java.util.ArrayList;
import java.util.List;

import org.oversight.explore.Edge;
import org.oversight.explore.Subgraph;
import org.oversight.store.GraphEntity;

/**
 * One hit of a rule.
 *
 * @param rule the rule that fired
 * @param subject the id of the entity that identifies the hit
 * @param summary a readable sentence saying why
 * @param score how strong the hit is, comparable within one rule only
 * @param evidence the nodes and relationships that make it true
 */
public record RedFlag(RedFlagRule rule, String subject, String summary, double score, Subgraph evidence) {

	/** The ids of the evidence: its nodes' ids and the ids of its transfers. */
	public List<String> evidenceIds() {
		List<String> ids = new ArrayList<>();
		this.evidence.nodes().stream().map(GraphEntity::id).forEach(ids::add);
		this.evidence.edges().stream().map(Edge::id).filter((id) -> id != null).forEach(ids::add);
		return ids;
	}

}
