package org.oversight.inspection;

import org.oversight.model.Code;

/** What a pool member is good at (专业特长), for assembling a team that fits its targets. */
public enum Specialty implements Code {

	FINANCE("财政"),

	ACCOUNTING("财务"),

	AUDIT("审计"),

	ORGANIZATION("组织"),

	PUBLICITY("宣传"),

	ENGINEERING("工程规划"),

	DISCIPLINE("纪检"),

	LAW("法律"),

	GENERAL("综合");

	private final String zh;

	Specialty(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
