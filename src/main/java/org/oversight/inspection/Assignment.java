package org.oversight.inspection;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an assignment.
 *
 * @param membership the membership as stored (a {@code TeamMembership})
 * @param conflicts the conflicts overridden (empty when there were none)
 * @param overridden whether conflicts were overridden with a reason
 */
public record Assignment(Map<String, Object> membership, List<Conflict> conflicts, boolean overridden) {
}
