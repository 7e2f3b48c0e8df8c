package org.oversight.explore;

import org.oversight.store.GraphEntity;

/**
 * One dated event around an entity.
 *
 * @param date the date, ISO
 * @param field the property holding the date, e.g. {@code startDate}, {@code foundDate}
 * @param fieldZh its Chinese term, e.g. 任职开始
 * @param onEdge whether the date belongs to the relationship (a position's start) rather
 * than to the neighbour (a finding's date)
 * @param entity the neighbour the event is about (a finding, an account paid ...)
 * @param edge the relationship that links it
 * @param summary a readable line, e.g. "任职 · 黔安市交通运输局 · 局长 · startDate"
 */
public record TimelineEvent(String date, String field, String fieldZh, boolean onEdge, GraphEntity entity, Edge edge,
		String summary) {
}
