package org.oversight.organization;

import org.oversight.model.Code;

/** Sector or system an organization, project or finding belongs to (行业/领域). */
public enum Sector implements Code {

	EDUCATION("教育"),

	HEALTH("卫生健康"),

	WATER("水利"),

	CIVIL_AFFAIRS("民政"),

	POVERTY_ALLEVIATION("扶贫/乡村振兴"),

	LAND_RESOURCES("国土资源"),

	CONSTRUCTION("住房城乡建设"),

	FINANCE("财政金融"),

	STATE_ENTERPRISE("国有企业"),

	JUDICIAL("政法"),

	SPORTS("体育"),

	AGRICULTURE("农业农村"),

	ENVIRONMENT("生态环境"),

	TRANSPORT("交通运输"),

	GRASSROOTS("基层党建"),

	OTHER("其他");

	private final String zh;

	Sector(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
