package org.oversight.ingest;

import java.util.Map;

/**
 * A row that passed the per-value checks, with its values converted and named by field.
 */
record CheckedRow(String file, long line, Map<String, Object> values) {
}
