package org.oversight.finding;

import org.oversight.model.Code;

/** Severity of a finding (严重程度). */
public enum Severity implements Code {

	LOW("一般"),

	MEDIUM("较重"),

	HIGH("严重");

	private final String zh;

	Severity(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
