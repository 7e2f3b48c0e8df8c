package org.oversight.household;

import org.oversight.model.Code;

/**
 * A household's standing in the poverty register (建档立卡): empty for a household never
 * registered.
 */
public enum PovertyStatus implements Code {

	REGISTERED("建档立卡贫困户"),

	LIFTED("脱贫户"),

	MONITORED("防返贫监测户");

	private final String zh;

	PovertyStatus(String zh) {
		this.zh = zh;
	}

	@Override
	public String zh() {
		return this.zh;
	}

}
