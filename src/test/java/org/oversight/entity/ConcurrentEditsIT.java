package org.oversight.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.Fixtures;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.TestGraphQl;
import org.oversight.graph.Cypher;
import org.oversight.ingest.Importer;
import org.oversight.security.Role;
import org.oversight.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two users editing the same entity at once, over real concurrent HTTP requests: both
 * read version N and both update with expectedVersion N; exactly one wins, the other gets
 * CONFLICT, and the winner's write is the one kept (no lost update).
 */
@GraphTest
class ConcurrentEditsIT {

	static final String PASSWORD = "a-long-test-password";

	@Autowired
	WebTestClient client;

	@Autowired
	Importer importer;

	@Autowired
	UserService users;

	@Autowired
	Cypher cypher;

	private final ObjectMapper json = new ObjectMapper();

	String p;

	@BeforeEach
	void loadSmallCityAndTwoEditors() {
		this.p = TestData.prefix();
		TestData.load(this.importer, this.p, Fixtures.smallCity());
		this.users.save(this.p + "wang", PASSWORD, Role.ANALYST, null, null, null);
		this.users.save(this.p + "li", PASSWORD, Role.ANALYST, null, null, null);
	}

	@Test
	void ofTwoUpdatesFromTheSameVersionExactlyOneWinsAndTheOtherGetsConflict() throws Exception {
		String company = this.p + "C-ROAD";
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 12; round++) {
				int version = version(company);
				CyclicBarrier start = new CyclicBarrier(2);
				List<CompletableFuture<JsonNode>> answers = new ArrayList<>();
				for (String user : List.of("wang", "li")) {
					String name = user + "-" + round;
					answers.add(CompletableFuture.supplyAsync(() -> {
						await(start);
						return update(user, company, version, name);
					}, pool));
				}
				List<JsonNode> done = new ArrayList<>();
				for (CompletableFuture<JsonNode> answer : answers) {
					done.add(answer.get(60, TimeUnit.SECONDS));
				}
				List<JsonNode> won = done.stream().filter(ConcurrentEditsIT::won).toList();
				List<JsonNode> lost = done.stream().filter((a) -> !won(a)).toList();
				assertThat(won).as("round " + round + ": " + done).hasSize(1);
				assertThat(lost.get(0).path("errors").get(0).path("extensions").path("code").asText())
					.as("round " + round)
					.isEqualTo("CONFLICT");
				String winner = won.get(0).path("data").path("updateCompany").path("name").asText();
				assertThat(won.get(0).path("data").path("updateCompany").path("provenance").path("version").asInt())
					.isEqualTo(version + 1);
				// The winner's write is the one kept, at the next version.
				assertThat(stored(company)).isEqualTo(Map.of("name", winner, "version", (long) version + 1));
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void manyEditorsRacingOnOneEntityLoseNoWrite() throws Exception {
		String company = this.p + "C-ROAD";
		int editors = 4;
		int attempts = 6;
		ExecutorService pool = Executors.newFixedThreadPool(editors);
		try {
			CyclicBarrier start = new CyclicBarrier(editors);
			List<CompletableFuture<List<String>>> runs = new ArrayList<>();
			for (int e = 0; e < editors; e++) {
				String user = (e % 2 == 0) ? "wang" : "li";
				int editor = e;
				runs.add(CompletableFuture.supplyAsync(() -> {
					await(start);
					List<String> written = new ArrayList<>();
					for (int i = 0; i < attempts; i++) {
						String name = "editor-" + editor + "-" + i;
						JsonNode answer = update(user, company, version(company), name);
						if (won(answer)) {
							written.add(name);
						}
						else {
							assertThat(answer.path("errors").get(0).path("extensions").path("code").asText())
								.isEqualTo("CONFLICT");
						}
					}
					return written;
				}, pool));
			}
			int successes = 0;
			for (CompletableFuture<List<String>> run : runs) {
				successes += run.get(120, TimeUnit.SECONDS).size();
			}
			// Every accepted write moved the version by exactly one: none was overwritten
			// unseen.
			assertThat(successes).isPositive();
			assertThat(version(company)).isEqualTo(successes);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void anUpdateWithoutExpectedVersionIsRefusedAndChangesNothing() throws Exception {
		String company = this.p + "C-ROAD";
		String body = TestGraphQl.raw(this.client, this.p + "wang", PASSWORD,
				"mutation { updateCompany(id: \"" + company + "\", input: {name: \"无版本\"}) { id } }");
		JsonNode answer = this.json.readTree(body);
		assertThat(answer.path("errors").get(0).path("extensions").path("code").asText()).isEqualTo("BAD_REQUEST");
		assertThat(answer.path("errors").get(0).path("message").asText()).contains("expectedVersion");
		assertThat(stored(company)).isEqualTo(Map.of("name", "安平县某建设有限公司", "version", 0L));
	}

	/** Whether the update was written (a refused one answers data: null). */
	private static boolean won(JsonNode answer) {
		return answer.path("data").path("updateCompany").isObject();
	}

	private JsonNode update(String user, String id, int version, String name) {
		String body = TestGraphQl.raw(this.client, this.p + user, PASSWORD,
				"mutation { updateCompany(id: \"%s\", expectedVersion: %d, input: {name: \"%s\"}) { name provenance { version } } }"
					.formatted(id, version, name));
		try {
			return this.json.readTree(body);
		}
		catch (java.io.IOException ex) {
			throw new AssertionError("not JSON: " + body, ex);
		}
	}

	private int version(String id) {
		return (int) TestData.count(this.cypher, "MATCH (n:Entity {id: $id}) RETURN n.version", Map.of("id", id));
	}

	private Map<String, Object> stored(String id) {
		return this.cypher
			.read("MATCH (n:Entity {id: $id}) RETURN n.name AS name, n.version AS version", Map.of("id", id),
					(r) -> Map.<String, Object>of("name", r.get("name").asString(), "version",
							r.get("version").asLong()))
			.get(0);
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(60, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
