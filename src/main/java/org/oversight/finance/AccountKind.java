package org.oversight.finance;

import org.oversight.model.Code;

/** Kind of bank account (账户类型). */
public enum AccountKind implements Code {

	PERSONAL("个人账户"),

	CORPORATE("企业账户"),

	PUBLIC("单位公款账户");

	private final String zh;

	AccountKind(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
