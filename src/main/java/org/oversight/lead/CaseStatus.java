package org.oversight.lead;

import org.oversight.model.Code;

/**
 * Status of a case (案件状态): 立案 → 审查调查 → 审理 → 结案. {@code CLOSED} reads 已结案, not 予以了结 (the
 * disposition of a lead closed without a case).
 */
public enum CaseStatus implements Code {

	OPEN("已立案"),

	INVESTIGATION("审查调查"),

	TRIAL("审理"),

	CLOSED("已结案");

	private final String zh;

	CaseStatus(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
