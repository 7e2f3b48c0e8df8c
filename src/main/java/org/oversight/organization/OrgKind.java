package org.oversight.organization;

import org.oversight.model.Code;

/** Kind of organization (组织类型). */
public enum OrgKind implements Code {

	PARTY_COMMITTEE("党委"),

	DEPARTMENT("部门"),

	STATE_ENTERPRISE("国有企业"),

	PUBLIC_INSTITUTION("事业单位"),

	VILLAGE("村党组织"),

	DISCIPLINE_BODY("纪委监委"),

	/**
	 * A dispatched discipline inspection group (派驻纪检监察组): part of a discipline body,
	 * stationed at the units it supervises; its leader is not one of theirs.
	 */
	DISPATCHED_GROUP("派驻纪检监察组"),

	/** A committee's inspection office (巡察办, 巡察工作领导小组办公室). */
	INSPECTION_OFFICE("巡察机构"),

	ORG_DEPARTMENT("组织部"),

	/**
	 * A township finance office (乡镇财政所): part of the township, it keeps the villages'
	 * funds (村账乡代管) in accounts it holds for them. Not a party organization of its own,
	 * so not a target counted in coverage.
	 */
	FINANCE_OFFICE("乡镇财政所"),

	OTHER("其他");

	private final String zh;

	OrgKind(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
