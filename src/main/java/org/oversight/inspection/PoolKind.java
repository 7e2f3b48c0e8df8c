package org.oversight.inspection;

import org.oversight.model.Code;

/** The committee's pools a team is assembled from (巡察人才库). */
public enum PoolKind implements Code {

	LEADER("组长库"),

	TALENT("人才库");

	private final String zh;

	PoolKind(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
