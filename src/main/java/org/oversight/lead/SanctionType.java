package org.oversight.lead;

import org.oversight.model.Code;

/** Kind of sanction or accountability (处分/问责类型). */
public enum SanctionType implements Code {

	ADMONITION_TALK("约谈"),

	ACCOUNTABILITY("问责"),

	WARNING("警告"),

	SERIOUS_WARNING("严重警告"),

	REMOVAL_FROM_POST("撤销党内职务/撤职"),

	PROBATION("留党察看"),

	EXPULSION("开除党籍"),

	DISMISSAL("开除公职"),

	JUDICIAL_TRANSFER("移送司法机关");

	private final String zh;

	SanctionType(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
