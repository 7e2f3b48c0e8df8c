package org.oversight.inspection;

import org.oversight.model.Code;

/** Kind of inspection round (巡察类型). */
public enum RoundType implements Code {

	REGULAR("常规巡察"),

	SPECIAL("专项巡察"),

	TARGETED("机动巡察"),

	ESCALATED("提级巡察"),

	CROSS("交叉巡察"),

	JOINT("联动巡察"),

	LOOKBACK("巡察回头看"),

	VILLAGE("巡村"),

	/**
	 * A provincial committee's inspection tour (巡视): the province's counterpart of 巡察,
	 * linked to the city and county rounds it runs with (省市县联动) through
	 * {@code joint_rounds.csv}.
	 */
	PROVINCIAL_TOUR("巡视");

	private final String zh;

	RoundType(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
