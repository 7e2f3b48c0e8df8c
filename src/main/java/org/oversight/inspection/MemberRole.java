package org.oversight.inspection;

import org.oversight.model.Code;

/** A member's role in an inspection team (巡察组职务). */
public enum MemberRole implements Code {

	LEADER("组长"),

	DEPUTY("副组长"),

	MEMBER("组员"),

	LIAISON("联络员");

	private final String zh;

	MemberRole(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
