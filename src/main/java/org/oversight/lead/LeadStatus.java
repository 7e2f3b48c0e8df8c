package org.oversight.lead;

import org.oversight.model.Code;

/**
 * Status of a lead (线索状态): where it stands in the clue chain. The four dispositions
 * (谈话函询, 初步核实, 暂存待查, 予以了结) are statuses of their own; a lead whose case is concluded is
 * {@code CASE_CONCLUDED} (已结案), never {@code CLOSED} (予以了结).
 */
public enum LeadStatus implements Code {

	OPEN("待处置"),

	/** The team proposed the transfer; the inspection office or leading group decides. */
	TRANSFER_PROPOSED("移交待审批"),

	TRANSFERRED("已移交"),

	TALK_INQUIRY("谈话函询"),

	PRELIMINARY_VERIFICATION("初步核实"),

	SHELVED("暂存待查"),

	CLOSED("予以了结"),

	CASE_OPENED("已立案"),

	CASE_CONCLUDED("已结案");

	private final String zh;

	LeadStatus(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
