package org.oversight.algorithm;

/** How rings are found: which community algorithm groups the graph. */
public enum CommunityMethod {

	/** Weakly connected components: everything reachable is one group. */
	WCC("algorithm/communities-wcc"),
	/** Louvain modularity: densely tied groups; a single bridge does not merge two. */
	LOUVAIN("algorithm/communities-louvain");

	private final String query;

	CommunityMethod(String query) {
		this.query = query;
	}

	String query() {
		return this.query;
	}

}
