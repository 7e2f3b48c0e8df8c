package org.oversight.finding;

import org.oversight.model.Code;

/** Status of a petition (信访件状态). */
public enum PetitionStatus implements Code {

	RECEIVED("已受理"),

	FORWARDED("已转办"),

	CLOSED("已办结");

	private final String zh;

	PetitionStatus(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
