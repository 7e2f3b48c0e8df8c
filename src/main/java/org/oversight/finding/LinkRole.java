package org.oversight.finding;

import org.oversight.model.Code;

/** How an entity is tied to a finding or lead (关联角色). */
public enum LinkRole implements Code {

	SUBJECT("涉及对象"),

	RESPONSIBLE("责任人"),

	BENEFICIARY("受益人"),

	EVIDENCE("证据");

	private final String zh;

	LinkRole(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
