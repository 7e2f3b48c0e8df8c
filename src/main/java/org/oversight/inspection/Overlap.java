package org.oversight.inspection;

import org.oversight.explore.Subgraph;
import org.oversight.store.GraphEntity;

/**
 * A member already on another team whose round overlaps the period screened (同期已在其他巡察组).
 *
 * @param member the person
 * @param team the other team
 * @param round that team's round
 * @param evidence the membership and the round
 */
public record Overlap(GraphEntity member, GraphEntity team, GraphEntity round, Subgraph evidence) {

	/** A line for messages and the audit trail, e.g. {@code P1→TEAM-2 (RND-3)}. */
	String summary() {
		return this.member.id() + "→" + this.team.id() + " (" + this.round.id() + "): OTHER_TEAM (同期已在其他巡察组)";
	}

}
