package org.oversight.report;

import java.util.List;

/**
 * A table to hand out.
 *
 * @param title what it is, e.g. {@code 问题清单}
 * @param filter the filter that produced it, in words
 * @param headers the column headers, in Chinese
 * @param rows the cells: text, whole numbers, decimals or null
 */
public record Table(String title, String filter, List<String> headers, List<List<Object>> rows) {
}
