package org.oversight.store;

/**
 * One sort key of a list.
 *
 * @param field a property of the listed type
 * @param descending whether largest first
 */
public record Sort(String field, boolean descending) {
}
