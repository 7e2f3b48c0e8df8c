/**
 * What leadership reviews: the funnel from problems to sanctions, the rectification
 * ledger and coverage, computed from the graph, never typed in.
 */
package org.oversight.insight;
