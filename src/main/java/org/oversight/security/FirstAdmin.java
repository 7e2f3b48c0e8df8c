package org.oversight.security;

import java.security.SecureRandom;

import org.oversight.graph.DatabaseReady;
import org.oversight.model.DomainException;
import org.oversight.startup.StartFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * On the first start of the server over a database without users, creates the
 * administrator {@code admin}: with the password in {@code OVERSIGHT_ADMIN_PASSWORD}, or
 * a random one printed once to the console. There is no built-in default password.
 */
@Component
@ConditionalOnWebApplication
class FirstAdmin implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	static final String NAME = "admin";

	private final UserService users;

	private final String configured;

	FirstAdmin(UserService users, DatabaseReady ready, @Value("${oversight.admin-password:}") String configured) {
		this.users = users;
		this.configured = configured;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.users.count() > 0) {
			return;
		}
		boolean generated = this.configured.isBlank();
		String password = generated ? randomPassword() : this.configured;
		try {
			this.users.save(NAME, password, Role.ADMIN, null, null, null);
		}
		catch (DomainException ex) {
			// The password the operator chose does not pass the rules every password
			// does.
			throw new StartFailure("cannot start: the administrator's password (OVERSIGHT_ADMIN_PASSWORD) is refused: "
					+ ex.getMessage() + " (choose another)");
		}
		if (generated) {
			System.out.println();
			System.out.println("  Administrator created: user 'admin', password '" + password + "'");
			System.out.println("  It is shown only this once. Set OVERSIGHT_ADMIN_PASSWORD to choose it instead.");
			System.out.println();
		}
		else {
			log.info("Administrator 'admin' created with the password from OVERSIGHT_ADMIN_PASSWORD");
		}
	}

	private static String randomPassword() {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			out.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return out.toString();
	}

}
