package org.oversight.lead;

import org.oversight.model.Code;

/** Status of a lead (线索状态). */
public enum LeadStatus implements Code {

	OPEN("待处置"),

	TRANSFERRED("已移交"),

	UNDER_VERIFICATION("核查中"),

	CASE_OPENED("已立案"),

	/** Added with the lifecycle: a clue put on hold by the receiving body. */
	SHELVED("暂存待查"),

	CLOSED("已了结");

	private final String zh;

	LeadStatus(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
