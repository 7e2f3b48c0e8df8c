package org.oversight.lead;

import org.oversight.model.Code;

/** Status of a case (案件状态). */
public enum CaseStatus implements Code {

	OPEN("在办"),

	CLOSED("已结案");

	private final String zh;

	CaseStatus(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
