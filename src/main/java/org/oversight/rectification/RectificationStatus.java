package org.oversight.rectification;

import org.oversight.model.Code;

/** Status of a rectification task (整改状态). */
public enum RectificationStatus implements Code {

	PENDING("未开始"),

	IN_PROGRESS("整改中"),

	DONE("已完成"),

	VERIFIED("已验收销号"),

	REJECTED("验收未通过");

	private final String zh;

	RectificationStatus(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
