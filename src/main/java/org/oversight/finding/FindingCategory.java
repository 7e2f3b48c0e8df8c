package org.oversight.finding;

import org.oversight.model.Code;

/** Finding category (问题类别). */
public enum FindingCategory implements Code {

	WEAK_PARTY_LEADERSHIP("党的领导弱化"),

	POLICY_NOT_IMPLEMENTED("贯彻决策部署不力"),

	FORMALISM("形式主义官僚主义"),

	EIGHT_RULES("违反中央八项规定精神"),

	FINANCIAL_MISMANAGEMENT("财务管理不规范"),

	PROCUREMENT("工程招投标不规范"),

	FUND_MISAPPROPRIATION("资金截留挪用套取"),

	PERSONNEL("选人用人问题"),

	WEAK_GRASSROOTS("基层组织软弱涣散"),

	PETTY_CORRUPTION("蝇贪蚁腐/吃拿卡要"),

	CLAN_BULLY("村霸宗族恶势力"),

	DATA_FALSIFICATION("数字脱贫/数据造假"),

	RECTIFICATION_FAILURE("整改不到位"),

	OTHER("其他");

	private final String zh;

	FindingCategory(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
