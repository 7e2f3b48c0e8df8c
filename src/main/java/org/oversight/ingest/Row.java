package org.oversight.ingest;

import java.util.Map;

/**
 * One data row of a file as read: its line number and its cells by column.
 */
record Row(String file, long line, Map<String, String> cells) {
}
