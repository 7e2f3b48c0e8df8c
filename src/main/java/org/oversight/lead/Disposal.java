package org.oversight.lead;

import org.oversight.model.Code;

/** How a lead is disposed of (处置方式). */
public enum Disposal implements Code {

	FURTHER_UNDERSTANDING("进一步了解关注"),

	TALK_INQUIRY("谈话函询"),

	PRELIMINARY_VERIFICATION("初步核实"),

	SHELVED("暂存待查"),

	CLOSED("予以了结");

	private final String zh;

	Disposal(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
