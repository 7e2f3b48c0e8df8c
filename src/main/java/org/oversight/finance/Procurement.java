package org.oversight.finance;

import org.oversight.model.Code;

/** Procurement method of a contract (采购方式). */
public enum Procurement implements Code {

	OPEN_TENDER("公开招标"),

	INVITED("邀请招标"),

	COMPETITIVE("竞争性谈判/磋商"),

	DIRECT("直接发包"),

	SINGLE_SOURCE("单一来源");

	private final String zh;

	Procurement(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
