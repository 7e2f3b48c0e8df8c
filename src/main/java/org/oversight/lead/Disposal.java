package org.oversight.lead;

import org.oversight.model.Code;

/**
 * The four dispositions of a clue (线索处置方式), each with its own lead status: the lifecycle
 * records the one taken last.
 */
public enum Disposal implements Code {

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
