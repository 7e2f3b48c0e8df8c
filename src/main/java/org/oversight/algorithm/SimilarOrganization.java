package org.oversight.algorithm;

import java.util.List;

import org.oversight.store.GraphEntity;

/**
 * An organization with a problem profile like another's.
 *
 * @param organization the organization
 * @param similarity weighted Jaccard over findings per category, 0 to 1
 * @param sharedCategories the finding categories both have
 */
public record SimilarOrganization(GraphEntity organization, double similarity, List<String> sharedCategories) {

}
