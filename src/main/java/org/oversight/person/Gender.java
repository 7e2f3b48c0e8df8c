package org.oversight.person;

import org.oversight.model.Code;

/** Gender (性别). */
public enum Gender implements Code {

	M("男"),

	F("女");

	private final String zh;

	Gender(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
