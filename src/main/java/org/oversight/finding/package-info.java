/**
 * Findings (发现问题), the entities they implicate, the institutional fixes they prompted,
 * and petitions.
 */
package org.oversight.finding;
