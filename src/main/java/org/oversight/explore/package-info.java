/**
 * Exploring the graph: full-text search (and, with the link-analysis work,
 * neighbourhoods, paths and money trails).
 */
package org.oversight.explore;
