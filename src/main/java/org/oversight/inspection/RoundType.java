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

	VILLAGE("巡村");

	private final String zh;

	RoundType(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
