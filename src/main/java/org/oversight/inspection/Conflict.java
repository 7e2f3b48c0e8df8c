package org.oversight.inspection;

import org.oversight.explore.Subgraph;
import org.oversight.store.GraphEntity;

/**
 * One tie between a team member and a target that obliges the member to recuse.
 *
 * @param member the person
 * @param target the inspected organization
 * @param kind the kind of tie
 * @param evidence the paths that prove it
 */
public record Conflict(GraphEntity member, GraphEntity target, ConflictKind kind, Subgraph evidence) {

	public String kindZh() {
		return this.kind.zh();
	}

	/** A line for messages and the audit trail, e.g. {@code P1→ORG-A: KIN_OF_LEADER}. */
	String summary() {
		return this.member.id() + "→" + this.target.id() + ": " + this.kind.name() + " (" + this.kind.zh() + ")";
	}

}
