package org.oversight.security;

import java.util.Map;

import org.oversight.graph.Cypher;
import org.oversight.model.DomainException;
import org.oversight.model.ErrorCode;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creates and updates users, checking that each is bound to what its role needs (a
 * person, a party committee, a discipline body) and that the binding exists.
 */
@Service
public class UserService {

	/** Shorter passwords are refused. */
	public static final int MIN_PASSWORD_LENGTH = 10;

	private final UserStore store;

	/**
	 * bcrypt behind Spring Security's delegating encoder, so stored hashes name their
	 * algorithm.
	 */
	static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final PasswordEncoder encoder;

	private final Cypher cypher;

	UserService(UserStore store, Cypher cypher) {
		this.store = store;
		this.encoder = PASSWORDS;
		this.cypher = cypher;
	}

	/**
	 * Creates the user, or updates it (role, bindings, password) when the name exists.
	 */
	public void save(String name, String password, Role role, String personId, String committeeId, String orgId) {
		if (name == null || !name.matches("[\\p{L}\\p{N}._@-]{2,64}")) {
			throw DomainException.badRequest("name", "2–64 letters, digits or . _ @ -");
		}
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw DomainException.badRequest("password", "at least " + MIN_PASSWORD_LENGTH + " characters");
		}
		switch (role) {
			case INSPECTOR -> requireBinding("person", personId, "MATCH (n:Person {id: $id}) RETURN count(n)");
			case LEADERSHIP -> requireBinding("committee", committeeId,
					"MATCH (n:Organization {id: $id, orgKind: 'PARTY_COMMITTEE'}) RETURN count(n)");
			case DISCIPLINE -> requireBinding("org", orgId,
					"MATCH (n:Organization {id: $id, orgKind: 'DISCIPLINE_BODY'}) RETURN count(n)");
			default -> {
			}
		}
		this.store
			.save(new AppUser(name, this.encoder.encode(password), role, (role == Role.INSPECTOR) ? personId : null,
					(role == Role.LEADERSHIP) ? committeeId : null, (role == Role.DISCIPLINE) ? orgId : null, 0, null));
	}

	public long count() {
		return this.store.count();
	}

	private void requireBinding(String what, String id, String query) {
		if (id == null || id.isBlank()) {
			throw DomainException.badRequest(what, "this role needs --" + what);
		}
		long found = this.cypher.read(query, Map.of("id", id), (r) -> r.get(0).asLong()).get(0);
		if (found == 0) {
			throw new DomainException(ErrorCode.NOT_FOUND, what, "'" + id + "' is not a " + switch (what) {
				case "person" -> "person";
				case "committee" -> "party committee";
				default -> "discipline body";
			});
		}
	}

}
