package org.oversight.insight;

import org.oversight.model.Code;

/** Which ledger lines of a rectification row (rectificationRates) a drill-down lists. */
public enum LedgerRecordKind implements Code {

	/** Every line issued by the day (整改任务). */
	TASKS("整改任务"),

	/** Lines not done whose deadline, as judged on the day, has passed (逾期). */
	OVERDUE("逾期整改任务"),

	/** Lines a revisit failed by the day (回头看未通过); each failed verdict counts once. */
	FAILED_VERIFICATIONS("回头看未通过");

	private final String zh;

	LedgerRecordKind(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
