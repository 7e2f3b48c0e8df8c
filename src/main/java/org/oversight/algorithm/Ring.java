package org.oversight.algorithm;

import java.util.List;

import org.oversight.explore.Subgraph;
import org.oversight.store.GraphEntity;

/**
 * A community of persons, companies and private accounts that may be a ring.
 *
 * @param community the algorithm's id of the community (stable only within one answer)
 * @param size how many members it has
 * @param officials members holding a position in an organization
 * @param contractedCompanies member companies with public contracts
 * @param subgraph the members and the ties among them (truncated for big communities)
 */
public record Ring(long community, int size, int officials, int contractedCompanies, Subgraph subgraph) {

	/** Whether it ties an official to a company with public contracts (官商). */
	public boolean mixed() {
		return this.officials > 0 && this.contractedCompanies > 0;
	}

	public List<GraphEntity> members() {
		return this.subgraph.nodes();
	}

}
