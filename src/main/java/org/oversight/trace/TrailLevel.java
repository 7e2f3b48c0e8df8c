package org.oversight.trace;

/**
 * A money trail's totals at one level (city, county, township, village, companies,
 * persons).
 *
 * @param level the level
 * @param accounts the accounts of the trail at that level
 * @param received the trail's money they received
 * @param paidOut the trail's money they paid out
 * @param retained received minus paid out
 */
public record TrailLevel(String level, int accounts, double received, double paidOut, double retained) {
}
