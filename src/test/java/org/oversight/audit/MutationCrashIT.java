package org.oversight.audit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.CliProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server (on the sample city) killed with SIGKILL during a burst of mutations, three
 * times over on one data directory: after each restart no mutation is half applied (every
 * finding is there with both of its links, or not at all), every mutation the server
 * acknowledged is there, the audit trail agrees with the data (a finding exists exactly
 * when the trail has its {@code createFinding ok} record), and the audit chain is intact.
 */
class MutationCrashIT {

	private static final int KILLS = 3;

	private static final int CLIENTS = 4;

	/**
	 * Mutations per client and burst: a kill usually falls in the burst, and the trail
	 * and the findings of all bursts fit in one page each.
	 */
	private static final int PER_CLIENT = 80;

	private static final String PASSWORD = "crash-test-admin";

	private static final String TEAM = "TEAM-QA-6-04-1";

	private static final String ORG = "ORG-BY-TDCB";

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

	Path dir = Path.of("target/mutation-crash");

	private final long seed = Long.getLong("crash.seed", System.nanoTime());

	private final Random random = new Random(this.seed);

	private final ObjectMapper json = new ObjectMapper();

	/** The first answer that was not an acknowledgement, to say why when none is. */
	private final java.util.concurrent.atomic.AtomicReference<String> refusal = new java.util.concurrent.atomic.AtomicReference<>();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@Test
	void killedDuringABurstOfMutationsTheServerKeepsEachWholeAndItsAuditRecordWithIt() throws Exception {
		org.springframework.util.FileSystemUtils.deleteRecursively(this.dir);
		Path data = this.dir.resolve("data");
		Set<String> attempted = ConcurrentHashMap.newKeySet();
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		for (int kill = 0; kill < KILLS; kill++) {
			CliProcess server = start(data, kill == 0);
			int port = port(server);
			graphQl(port, "{ __typename }", Map.of());
			if (kill > 0) {
				check(port, attempted, acknowledged, "after kill " + kill);
			}
			burstThenKill(server, port, kill, attempted, acknowledged);
		}
		CliProcess server = start(data, false);
		try {
			check(port(server), attempted, acknowledged, "after kill " + KILLS);
		}
		finally {
			server.kill();
		}
		assertThat(acknowledged).as("acknowledged mutations (seed %d): %s", this.seed, this.refusal.get()).isNotEmpty();
	}

	/**
	 * The first start loads the sample city ({@code demo}); the restarts serve what is
	 * there.
	 */
	private CliProcess start(Path data, boolean first) throws Exception {
		return CliProcess.start(this.dir.resolve("logs"), first ? "demo" : "serve", "--port", "0", "--data-dir",
				data.toString(), "--oversight.bolt.port=0", "--oversight.page-cache=32m",
				"--oversight.admin-password=" + PASSWORD, "--oversight.limits.query-timeout=10m");
	}

	private static int port(CliProcess server) throws InterruptedException {
		long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
		while (System.nanoTime() < until) {
			assertThat(server.isAlive()).as(() -> "the server stopped while starting:\n" + server.out() + server.err())
				.isTrue();
			Matcher port = PORT.matcher(server.out());
			if (port.find() && server.out().contains("Started OversightGraph")) {
				return Integer.parseInt(port.group(1));
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("the server did not start in 5 minutes:\n" + server.out());
	}

	/** Clients create findings until the server is killed at a random moment. */
	private void burstThenKill(CliProcess server, int port, int round, Set<String> attempted, Set<String> acknowledged)
			throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		for (int c = 0; c < CLIENTS; c++) {
			int client = c;
			clients.submit(() -> {
				for (int i = 0; running.get() && i < PER_CLIENT; i++) {
					String id = "FND-CRASH-" + round + "-" + client + "-" + i;
					attempted.add(id);
					try {
						JsonNode answer = graphQl(port, """
								mutation($id: ID!, $team: ID!, $org: ID!) {
								  createFinding(input: {id: $id, teamId: $team, orgId: $org, category: OTHER,
								    foundDate: "2026-01-05", title: "crash"}) { id }
								}""", Map.of("id", id, "team", TEAM, "org", ORG));
						if (id.equals(answer.path("data").path("createFinding").path("id").asText(null))) {
							acknowledged.add(id);
						}
						else {
							this.refusal.compareAndSet(null, answer.toString());
						}
					}
					catch (Exception | AssertionError ex) {
						// the server is gone: this one may or may not have been applied
						this.refusal.compareAndSet(null, ex.toString());
					}
				}
				return null;
			});
		}
		// Killed at a random moment once the burst is under way (a first answer on a
		// cold,
		// busy server can take seconds).
		int before = acknowledged.size();
		long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (acknowledged.size() < before + CLIENTS && System.nanoTime() < until) {
			Thread.sleep(5);
		}
		Thread.sleep(this.random.nextInt(1500));
		server.kill();
		running.set(false);
		clients.shutdown();
		assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
	}

	private void check(int port, Set<String> attempted, Set<String> acknowledged, String when) throws Exception {
		// The queries of the check must be answered in full.
		java.util.function.Function<JsonNode, JsonNode> answered = (answer) -> {
			assertThat(answer.path("errors").isMissingNode()).as("%s: %s", when, answer).isTrue();
			return answer;
		};
		List<String> ids = new ArrayList<>(attempted);
		Set<String> present = new HashSet<>();
		// In pages of 200, the most a list answers.
		for (int from = 0; from < ids.size(); from += 200) {
			JsonNode findings = answered
				.apply(graphQl(port,
						"query($ids: [ID!]) { findings(filter: {ids: $ids}, first: 200) "
								+ "{ nodes { id team { id } organization { id } } } }",
						Map.of("ids", ids.subList(from, Math.min(ids.size(), from + 200)))))
				.path("data")
				.path("findings")
				.path("nodes");
			for (JsonNode finding : findings) {
				String id = finding.path("id").asText();
				present.add(id);
				assertThat(finding.path("team").path("id").asText(null))
					.as("%s: the team of %s (seed %d)", when, id, this.seed)
					.isEqualTo(TEAM);
				assertThat(finding.path("organization").path("id").asText(null)).as("%s: the unit of %s", when, id)
					.isEqualTo(ORG);
			}
		}
		assertThat(present).as("%s: every acknowledged mutation is there (seed %d)", when, this.seed)
			.containsAll(acknowledged);
		Set<String> recorded = new HashSet<>();
		for (JsonNode record : answered
			.apply(graphQl(port, "{ auditLog(operation: \"createFinding\", first: 1000) { entities outcome } }",
					Map.of()))
			.path("data")
			.path("auditLog")) {
			if (record.path("outcome").asText().equals("ok")) {
				record.path("entities").forEach((e) -> {
					if (e.asText().startsWith("FND-CRASH-")) {
						recorded.add(e.asText());
					}
				});
			}
		}
		assertThat(recorded).as("%s: the findings the audit trail says were created (seed %d)", when, this.seed)
			.isEqualTo(present);
		JsonNode chain = answered.apply(graphQl(port, "{ auditChain { ok message } }", Map.of()))
			.path("data")
			.path("auditChain");
		assertThat(chain.path("ok").asBoolean()).as("%s: the audit chain: %s", when, chain).isTrue();
		System.out.printf("MutationCrashIT %s: %d attempted, %d acknowledged, %d present and recorded%n", when,
				attempted.size(), acknowledged.size(), present.size());
	}

	private JsonNode graphQl(int port, String query, Map<String, Object> variables) throws Exception {
		String body = this.json.writeValueAsString(Map.of("query", query, "variables", variables));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.timeout(Duration.ofMinutes(2))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response::body).isEqualTo(200);
		return this.json.readTree(response.body());
	}

}
