package org.oversight.rectification;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A ledger line as the ledger writes it: the typed record behind a row of
 * {@code rectifications.csv}.
 *
 * @param id the graph-wide id
 * @param findingId the finding rectified
 * @param problem 问题清单
 * @param task 任务清单
 * @param deadline 整改时限
 * @param status where it stands
 * @param responsibleOrgId 责任单位
 * @param responsiblePersonId 责任人
 * @param supervisorId 督办单位
 * @param supervision 督办措施
 * @param measures 整改措施
 * @param name display name
 * @param onTheSpot 立行立改
 * @param evidence 整改佐证 (for a task done at once)
 * @param completedDate when it was done (for a task done at once)
 * @param fedBackDate when it was fed back (反馈): figures as of a day count it from then
 */
record Task(String id, String findingId, String problem, String task, LocalDate deadline, RectificationStatus status,
		String responsibleOrgId, String responsiblePersonId, String supervisorId, String supervision, String measures,
		String name, boolean onTheSpot, String evidence, LocalDate completedDate, LocalDate fedBackDate) {

	/** The row for the model kernel's writer, by field name; absent values left out. */
	Map<String, Object> row() {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", this.id);
		row.put("findingId", this.findingId);
		row.put("task", this.task);
		row.put("deadline", this.deadline);
		row.put("status", this.status.name());
		put(row, "problem", this.problem);
		put(row, "responsibleOrgId", this.responsibleOrgId);
		put(row, "responsiblePersonId", this.responsiblePersonId);
		put(row, "supervisorId", this.supervisorId);
		put(row, "supervision", this.supervision);
		put(row, "measures", this.measures);
		put(row, "name", this.name);
		put(row, "evidence", this.evidence);
		put(row, "completedDate", this.completedDate);
		put(row, "fedBackDate", this.fedBackDate);
		if (this.onTheSpot) {
			row.put("onTheSpot", true);
		}
		return row;
	}

	private static void put(Map<String, Object> row, String field, Object value) {
		if (value != null) {
			row.put(field, value);
		}
	}

}
