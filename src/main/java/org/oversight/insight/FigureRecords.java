package org.oversight.insight;

import java.util.List;

import org.oversight.store.GraphEntity;

/**
 * The records one number counts, as the caller may see them.
 *
 * @param figure which figure
 * @param asOf the day (null: now)
 * @param totalCount how many: the number the figure shows
 * @param records the first of them, by id
 */
public record FigureRecords(FigureKind figure, String asOf, long totalCount, List<GraphEntity> records) {

	public String figureZh() {
		return this.figure.zh();
	}

}
