package org.oversight.insight;

/**
 * The figures of one sector, level or round.
 *
 * @param key the code or round id; null for what cannot be attributed
 * @param label its Chinese term or name
 * @param figures the figures
 */
public record FigureGroup(String key, String label, Figures figures) {
}
