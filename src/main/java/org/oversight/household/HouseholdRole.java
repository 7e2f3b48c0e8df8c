package org.oversight.household;

import org.oversight.model.Code;

/** A member's place in the household (与户主关系). */
public enum HouseholdRole implements Code {

	HEAD("户主"),

	SPOUSE("配偶"),

	CHILD("子女"),

	PARENT("父母"),

	OTHER("其他");

	private final String zh;

	HouseholdRole(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
