package org.oversight.inspection;

import org.oversight.model.Code;

/** The kind of tie that obliges a team member to recuse (回避情形). */
public enum ConflictKind implements Code {

	POSITION_IN_TARGET("曾在被巡察单位及其下属单位任职"),

	KIN_OF_LEADER("与被巡察单位领导班子成员有亲属关系"),

	/**
	 * A spouse's sibling or parent, a sibling's or child's spouse: two ties apart, so not
	 * a kinship row of its own.
	 */
	IN_LAW_OF_LEADER("与被巡察单位领导班子成员有近姻亲关系"),

	COLLEAGUE("曾与被巡察单位领导班子成员同单位共事"),

	SHARED_COMPANY("与被巡察单位领导班子成员共同在企业任职或持股"),

	SHARED_ACCOUNT("与被巡察单位领导班子成员有资金往来"),

	SAME_REGION("来自被巡察单位所在县(市、区)");

	private final String zh;

	ConflictKind(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
