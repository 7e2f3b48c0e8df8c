package org.oversight.algorithm;

/** How brokers are scored. */
public enum BrokerMeasure {

	/** PageRank: tied to many well-tied entities. */
	PAGE_RANK("algorithm/brokers-pagerank"),
	/** Betweenness: on many shortest paths between others, the bridge between groups. */
	BETWEENNESS("algorithm/brokers-betweenness");

	private final String query;

	BrokerMeasure(String query) {
		this.query = query;
	}

	String query() {
		return this.query;
	}

}
