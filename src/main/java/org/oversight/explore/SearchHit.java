package org.oversight.explore;

import org.oversight.store.GraphEntity;

/**
 * One search result.
 *
 * @param entity what was found
 * @param score how well it matched (higher is better)
 */
public record SearchHit(GraphEntity entity, double score) {
}
