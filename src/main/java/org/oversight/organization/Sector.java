package org.oversight.organization;

import org.oversight.model.Code;

/** Sector or system an organization, project or finding belongs to (行业/领域). */
public enum Sector implements Code {

	EDUCATION("教育", "教育局"),

	HEALTH("卫生健康", "卫生健康委员会"),

	WATER("水利", "水利局"),

	CIVIL_AFFAIRS("民政", "民政局"),

	POVERTY_ALLEVIATION("扶贫/乡村振兴", "乡村振兴局"),

	LAND_RESOURCES("国土资源", "自然资源局"),

	CONSTRUCTION("住房城乡建设", "住房和城乡建设局"),

	FINANCE("财政金融", "财政局"),

	STATE_ENTERPRISE("国有企业", "国有资产监督管理委员会"),

	JUDICIAL("政法", "政法委员会"),

	SPORTS("体育", "体育局"),

	AGRICULTURE("农业农村", "农业农村局"),

	ENVIRONMENT("生态环境", "生态环境局"),

	TRANSPORT("交通运输", "交通运输局"),

	GRASSROOTS("基层党建", "组织部"),

	OTHER("其他", "党委办公室");

	private final String zh;

	private final String regulator;

	Sector(String zh, String regulator) {
		this.zh = zh;
		this.regulator = regulator;
	}

	/**
	 * The competent department (行业主管部门) a systemic issue of the sector is handed to.
	 */
	public String regulator() {
		return this.regulator;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
