package org.oversight.inspection;

import java.util.List;

import org.oversight.store.GraphEntity;

/**
 * A joint inspection (市县联动巡察) side by side: each target of the round with its
 * counterparts in the joint rounds (the same kind of organization in the same sector,
 * e.g. the city education bureau and each county's education bureau).
 *
 * @param round the round asked about
 * @param partners the rounds joint with it
 * @param rows one per target of the round
 * @param unmatched targets of the partner rounds without a counterpart in the round
 */
public record JointView(GraphEntity round, List<GraphEntity> partners, List<Row> rows, List<Target> unmatched) {

	/** A target of one round and what its round found about it. */
	public record Target(GraphEntity round, GraphEntity organization, long findings) {
	}

	/** A target of the round and its counterparts. */
	public record Row(String sector, Target target, List<Target> counterparts) {
	}

}
