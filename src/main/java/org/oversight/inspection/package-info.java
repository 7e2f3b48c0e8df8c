/**
 * Terms, inspection rounds of every kind, teams with their members (authorized per round)
 * and their targets.
 */
package org.oversight.inspection;
