package org.oversight.security;

/**
 * What a user is, which decides what they may see and do.
 */
public enum Role {

	/** Everything, the audit log, user management. */
	ADMIN,
	/** The whole graph except leads and cases (巡察办 analysts). */
	ANALYST,
	/**
	 * Bound to a person: also the leads of the teams that person is a member of or that
	 * are shared with them.
	 */
	INSPECTOR,
	/**
	 * Bound to a party committee: also every lead of a round of that committee or one
	 * below it.
	 */
	LEADERSHIP,
	/**
	 * Bound to a discipline body: also the leads transferred to it and the cases it
	 * handles.
	 */
	DISCIPLINE

}
