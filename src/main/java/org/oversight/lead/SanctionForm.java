package org.oversight.lead;

import org.oversight.model.Code;

/**
 * The groups the figures count sanctions in: the four forms of supervision (四种形态) as
 * reported, i.e. the first form, organizational handling, party and government sanctions,
 * transfer to the judiciary; admonition talks and accountability are their own group.
 */
public enum SanctionForm implements Code {

	FIRST_FORM("第一种形态"),

	ORGANIZATIONAL("组织处理"),

	PARTY("党纪处分"),

	GOVERNMENT("政务处分"),

	JUDICIAL("移送司法机关"),

	ACCOUNTABILITY("约谈/问责");

	private final String zh;

	SanctionForm(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
