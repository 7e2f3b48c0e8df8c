package org.oversight.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.oversight.model.DomainException;
import org.oversight.security.Role;
import org.oversight.security.UserService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code user add NAME --role ROLE [--person ID] [--committee ID] [--org ID]}: creates or
 * updates a user, reading the password from standard input (never from the command line,
 * where other users of the machine could see it).
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage users.",
		subcommands = { UserCommand.Add.class })
class UserCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		System.err.println("Say what to do: user add NAME --role ROLE");
		return 2;
	}

	@Command(name = "add", mixinStandardHelpOptions = true,
			description = "Create or update a user; the password is read from standard input.")
	static class Add implements Callable<Integer> {

		@Mixin
		Cli.DatabaseOptions database = new Cli.DatabaseOptions();

		@Parameters(index = "0", paramLabel = "NAME")
		String name;

		@Option(names = "--role", required = true, description = "ADMIN, ANALYST, INSPECTOR, LEADERSHIP or DISCIPLINE.")
		Role role;

		@Option(names = "--person", description = "INSPECTOR: the person (id) the user is.")
		String person;

		@Option(names = "--committee", description = "LEADERSHIP: the party committee (id).")
		String committee;

		@Option(names = "--org", description = "DISCIPLINE: the discipline body (id).")
		String org;

		@Override
		public Integer call() throws IOException {
			String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			try (ConfigurableApplicationContext context = this.database.open()) {
				context.getBean(UserService.class)
					.save(this.name, password, this.role, this.person, this.committee, this.org);
				System.out.println("User '" + this.name + "' saved with role " + this.role);
				return 0;
			}
			catch (DomainException ex) {
				System.err.println(((ex.field() != null) ? ex.field() + ": " : "") + ex.getMessage());
				return 1;
			}
		}

	}

}
