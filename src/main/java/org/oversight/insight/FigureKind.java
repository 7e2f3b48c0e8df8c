package org.oversight.insight;

import org.oversight.model.Code;

/** Which figure of the figure table a report published (报送数). */
public enum FigureKind implements Code {

	PROBLEMS_FOUND("发现问题"),

	LEADS("问题线索"),

	CASES("立案"),

	PEOPLE_IN_CASES("立案人数"),

	SANCTIONS("处分/问责"),

	PEOPLE_SANCTIONED("处分人数"),

	JUDICIAL_TRANSFERS("移送司法机关"),

	ADMONITIONS("约谈"),

	FED_BACK("反馈问题"),

	RECTIFIED("完成整改"),

	RECTIFICATION_RATE("整改落实率"),

	RULES_REVISED("修订制度");

	private final String zh;

	FigureKind(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

	/** Whether it is a rate in percent (with a numerator and denominator) or a count. */
	boolean rate() {
		return this == RECTIFICATION_RATE;
	}

}
