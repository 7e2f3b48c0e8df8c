package org.oversight.security;

import java.time.Instant;

/**
 * A user of the platform.
 *
 * @param name the login name
 * @param passwordHash the password, hashed (bcrypt, by Spring Security's delegating
 * encoder)
 * @param role the role
 * @param personId for INSPECTOR: the person they are
 * @param committeeId for LEADERSHIP: their party committee
 * @param orgId for DISCIPLINE: their discipline body
 * @param failedLogins failed logins in a row
 * @param lockedUntil until when logins are refused after too many failures, or null
 */
public record AppUser(String name, String passwordHash, Role role, String personId, String committeeId, String orgId,
		int failedLogins, Instant lockedUntil) {

	public Visibility visibility() {
		return new Visibility(this.role, this.personId, this.committeeId, this.orgId);
	}

	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
