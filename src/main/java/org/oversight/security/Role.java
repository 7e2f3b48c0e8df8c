package org.oversight.security;

/**
 * What a user is, which decides what they may see and do.
 */
public enum Role {

	/** Everything, the audit log, user management. */
	ADMIN("系统管理员"),
	/** The whole graph except leads and cases (巡察办 analysts). */
	ANALYST("研判分析员"),
	/**
	 * Bound to a person: also the leads of the teams that person is a member of or that
	 * are shared with them.
	 */
	INSPECTOR("巡察组成员"),
	/**
	 * Bound to a party committee: also every lead of a round of that committee or one
	 * below it.
	 */
	LEADERSHIP("巡察工作领导小组"),
	/**
	 * Bound to a discipline body: also the leads transferred to it and the cases it
	 * handles.
	 */
	DISCIPLINE("纪检监察机关");

	private final String zh;

	Role(String zh) {
		this.zh = zh;
	}

	/** Its Chinese term. */
	public String zh() {
		return this.zh;
	}

}
