/**
 * Exploring the graph: full-text search, neighbourhoods, paths with readable sentences,
 * the entities connecting several others, timelines, and the Edge/Subgraph shape every
 * drawable answer shares.
 */
package org.oversight.explore;
