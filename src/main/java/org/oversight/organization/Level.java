package org.oversight.organization;

import org.oversight.model.Code;

/** Administrative level of an organization (层级). */
public enum Level implements Code {

	PROVINCE("省级"),

	CITY("市级"),

	COUNTY("县级"),

	TOWNSHIP("乡镇级"),

	VILLAGE("村级");

	private final String zh;

	Level(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
