package org.oversight.household;

import org.oversight.model.Code;

/** Kind of livelihood subsidy paid to a household (惠民补贴类型). */
public enum SubsidyKind implements Code {

	MINIMUM_LIVING_ALLOWANCE("低保金"),

	EXTREME_POVERTY_SUPPORT("特困供养金"),

	POVERTY_RELIEF("帮扶救助资金"),

	INDUSTRY_AWARD("产业奖补"),

	HOUSING_RENOVATION("危房改造补助"),

	EDUCATION_AID("教育资助"),

	MEDICAL_AID("医疗救助"),

	FARMLAND("耕地地力保护补贴"),

	OTHER("其他");

	private final String zh;

	SubsidyKind(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
