package org.oversight.insight;

import org.oversight.model.Code;

/**
 * The ways a rectification rate (整改落实率) is counted, side by side and each named: reports
 * differ in which one they publish, so every figure says which it uses.
 */
public enum RateDefinition implements Code {

	/** Problems fed back whose every task is done or verified, over problems fed back. */
	PER_PROBLEM("按反馈问题计"),

	/** Tasks done or verified, over tasks. */
	PER_TASK("按整改任务计"),

	/** Problems whose every task passed a revisit (验收销号), over problems fed back. */
	VERIFIED_ONLY("仅计验收销号"),

	/** Of the problems whose every task's deadline has come, those rectified. */
	DUE_ONLY("仅计已到期");

	private final String zh;

	RateDefinition(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
