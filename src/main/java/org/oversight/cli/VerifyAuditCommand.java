package org.oversight.cli;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.oversight.audit.AuditChain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code verify-audit}: checks the audit trail's hash chain and prints one line: OK with
 * the count (exit 0), or the first broken record (exit 1).
 */
@Command(name = "verify-audit", mixinStandardHelpOptions = true,
		description = "Check the audit trail's hash chain: OK with the count (exit 0), or the first broken record (exit 1).")
class VerifyAuditCommand implements Callable<Integer> {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Mixin
	Cli.DatabaseOptions database = new Cli.DatabaseOptions();

	@Mixin
	AdminClient client = new AdminClient();

	@Override
	public Integer call() {
		try {
			AuditChain.Verification result = this.client.remote() ? fromServer() : offline();
			(result.ok() ? System.out : System.err).println(result.line());
			return result.ok() ? 0 : 1;
		}
		catch (AdminClient.CommandFailure ex) {
			System.err.println("verify-audit: " + ex.getMessage());
			return 1;
		}
	}

	private AuditChain.Verification fromServer() {
		String query = "{ auditChain { ok chained beforeChain firstBroken message } }";
		HttpResponse<String> response;
		try {
			response = this.client.post("/graphql", "application/json", JSON.writeValueAsString(Map.of("query", query)),
					HttpResponse.BodyHandlers.ofString());
			JsonNode check = JSON.readTree(response.body()).path("data").path("auditChain");
			if (check.isMissingNode() || check.isNull()) {
				throw new AdminClient.CommandFailure("the server answered " + response.statusCode() + ": "
						+ response.body().lines().findFirst().orElse(""));
			}
			return new AuditChain.Verification(check.get("ok").asBoolean(), check.get("chained").asLong(),
					check.get("beforeChain").asLong(), check.get("firstBroken").asLong(),
					check.get("message").asText());
		}
		catch (java.io.IOException ex) {
			throw new AdminClient.CommandFailure("unreadable answer from the server: " + ex.getMessage());
		}
	}

	private AuditChain.Verification offline() {
		ConfigurableApplicationContext context;
		try {
			context = this.database.open();
		}
		catch (RuntimeException ex) {
			throw new AdminClient.CommandFailure(AdminClient.openFailure(ex, this.database.dataDir));
		}
		try (context) {
			return context.getBean(AuditChain.class).verify();
		}
	}

}
