package org.oversight.household;

import org.oversight.model.Code;

/** The social assistance a household is entitled to (社会救助): empty for none. */
public enum Allowance implements Code {

	MINIMUM_LIVING("低保户"),

	EXTREME_POVERTY("特困供养户");

	private final String zh;

	Allowance(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
