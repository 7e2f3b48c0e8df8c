package org.oversight.inspection;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an assignment.
 *
 * @param membership the membership as stored (a {@code TeamMembership})
 * @param conflicts the conflicts overridden (empty when there were none)
 * @param overlaps the other teams of overlapping rounds the person is on, overridden
 * (empty when there were none)
 * @param overridden whether conflicts or overlaps were overridden with a reason
 */
public record Assignment(Map<String, Object> membership, List<Conflict> conflicts, List<Overlap> overlaps,
		boolean overridden) {
}
