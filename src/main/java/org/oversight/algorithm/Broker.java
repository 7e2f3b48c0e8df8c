package org.oversight.algorithm;

import java.util.List;

import org.oversight.store.GraphEntity;

/**
 * A person or company scored as a go-between.
 *
 * @param entity the person or company
 * @param score the PageRank or betweenness score
 * @param officialCounties the jurisdictions (county, or city for city bodies) of the
 * officials within two ties of kinship or company roles
 * @param supplierCounties the jurisdictions of the organizations whose contracts the
 * companies within two such ties hold
 * @param crossCounty whether it joins an official of one jurisdiction to a supplier of
 * another
 */
public record Broker(GraphEntity entity, double score, List<String> officialCounties, List<String> supplierCounties,
		boolean crossCounty) {

}
