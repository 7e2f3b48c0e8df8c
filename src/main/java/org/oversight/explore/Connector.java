package org.oversight.explore;

import java.util.List;

import org.oversight.store.GraphEntity;

/**
 * An entity that links two or more of the entities asked about, within the hop limit.
 *
 * @param entity the linking entity
 * @param reaches the ids of the entities asked about that it links, in the order asked
 * @param distance the sum of its distances to them
 * @param evidence the shortest routes found from it to each of them
 */
public record Connector(GraphEntity entity, List<String> reaches, int distance, Subgraph evidence) {
}
