/**
 * Graph algorithms over the link graph, run by Neo4j Graph Data Science: rings (connected
 * components and Louvain communities of persons, companies and accounts), brokers
 * (PageRank and betweenness between officials and suppliers) and organizations with
 * similar problem profiles. Owns the registration of the GDS procedures it uses on the
 * embedded database and the check for GDS on an external one. Leads and cases are never
 * projected, so no result can name one.
 */
package org.oversight.algorithm;
