package org.oversight.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in user: Spring Security's view of them, and ours.
 */
final class Principal implements UserDetails {

	private final UserDetails details;

	private final AppUser user;

	Principal(UserDetails details, AppUser user) {
		this.details = details;
		this.user = user;
	}

	AppUser user() {
		return this.user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.details.getAuthorities();
	}

	@Override
	public String getPassword() {
		return this.details.getPassword();
	}

	@Override
	public String getUsername() {
		return this.details.getUsername();
	}

	@Override
	public boolean isAccountNonLocked() {
		return this.details.isAccountNonLocked();
	}

}
