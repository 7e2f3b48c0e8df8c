/**
 * Red flags: the rule catalogue read from {@code queries/red-flags/*.cypher}, the engine
 * that runs rules over the whole graph or one organization's or region's subtree, and the
 * alerts that keep hits between runs with their triage status.
 */
package org.oversight.redflag;
