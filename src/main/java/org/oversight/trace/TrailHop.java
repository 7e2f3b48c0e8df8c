package org.oversight.trace;

/**
 * The transfers of one hop of a money trail.
 *
 * @param hop 1 for the first transfers from where the trail starts
 * @param transfers how many
 * @param amount their total
 * @param accounts how many accounts they reached
 */
public record TrailHop(int hop, int transfers, double amount, int accounts) {
}
