package org.oversight.inspection;

import java.util.List;

import org.oversight.store.GraphEntity;

/**
 * A proposed cross inspection (交叉巡察) for a round.
 *
 * @param pairs the proposed assignments, one county per team at most and per county
 * @param excluded the pairs left out, each with its reason
 * @param unassigned teams without a pair (no home county, or no county left)
 */
public record CrossProposal(List<CrossPair> pairs, List<CrossPair> excluded, List<GraphEntity> unassigned) {
}
