package org.oversight.store;

/**
 * One thing wrong with one value.
 *
 * @param field the column (import) or argument (API) at fault
 * @param reason what is wrong, in words a user can act on
 */
public record Problem(String field, String reason) {
}
