package org.oversight.organization;

import org.oversight.model.Code;

/** Administrative level of a region, province down to hamlet (行政区划层级). */
public enum RegionLevel implements Code {

	PROVINCE("省"),

	CITY("市"),

	COUNTY("县/区"),

	TOWNSHIP("乡/镇/街道"),

	VILLAGE("村/社区"),

	HAMLET("屯/组");

	private final String zh;

	RegionLevel(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
