package org.oversight.company;

import org.oversight.model.Code;

/** A person's role in a company (企业任职/持股). */
public enum CompanyRole implements Code {

	OWNER("实际控制人"),

	SHAREHOLDER("股东"),

	DIRECTOR("董事"),

	LEGAL_REP("法定代表人"),

	MANAGER("经理");

	private final String zh;

	CompanyRole(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
