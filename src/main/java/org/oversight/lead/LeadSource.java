package org.oversight.lead;

import org.oversight.model.Code;

/** Where a lead came from (线索来源). */
public enum LeadSource implements Code {

	INSPECTION("巡察发现"),

	PETITION("信访举报"),

	AUDIT("审计移送"),

	BIG_DATA("大数据比对"),

	OTHER("其他");

	private final String zh;

	LeadSource(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
