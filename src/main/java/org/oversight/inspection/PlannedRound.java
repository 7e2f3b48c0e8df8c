package org.oversight.inspection;

import java.util.List;

import org.oversight.store.GraphEntity;

/**
 * The round planRound wrote, with its teams.
 *
 * @param round the round
 * @param teams its teams, in the order given
 */
public record PlannedRound(GraphEntity round, List<GraphEntity> teams) {
}
