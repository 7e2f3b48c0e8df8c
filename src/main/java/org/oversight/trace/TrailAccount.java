package org.oversight.trace;

import org.oversight.store.GraphEntity;

/**
 * One account of a money trail and what passed through it within the trail.
 *
 * @param account the account
 * @param holder who holds it, or null when unknown
 * @param level the holder's level (CITY, COUNTY, TOWNSHIP, VILLAGE ...), COMPANY or
 * PERSON
 * @param received the trail's money paid into it
 * @param paidOut the trail's money paid out of it
 * @param retained received minus paid out (what stayed, or was paid outside the trail)
 */
public record TrailAccount(GraphEntity account, GraphEntity holder, String level, double received, double paidOut,
		double retained) {
}
