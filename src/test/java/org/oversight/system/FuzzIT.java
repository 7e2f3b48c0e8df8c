package org.oversight.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import graphql.schema.GraphQLFieldDefinition;
import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.oversight.TestGraphQl;
import org.oversight.graph.Cypher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's own fuzzer: requests generated from the executable schema
 * ({@link SchemaFuzzer}), every root field of Query and Mutation with hostile arguments
 * and deep, wide selections, sent over HTTP as each role of the sample city's demo users.
 * No answer may be an HTTP 500, carry a stack trace or an internal class name, lack an
 * error code, report an INTERNAL error, or take longer than the statement timeout plus
 * one second (ten in the suite's short run, see {@link #slackMillis()}); and no refused
 * mutation, nor any query, may change the graph (a fingerprint of every entity,
 * relationship and alert, taken around each batch of mutations).
 * <p>
 * {@code -Dfuzz.seed=N} replays a run (the seed is printed); {@code -Dfuzz.requests=N}
 * sends more or fewer. The suite sends 800 (every root field as some role, then random
 * picks: a few minutes); the full run, {@code -Dfuzz.requests=10000}, is run apart and
 * recorded in {@code docs/benchmarks.md}.
 */
@GraphTest
@TestPropertySource(
		properties = { "oversight.load-sample=true", "oversight.demo=true", "oversight.limits.query-timeout=20s" })
class FuzzIT {

	/** The statement timeout set above. */
	static final Duration TIMEOUT = Duration.ofSeconds(20);

	/** Marks of a leak of internals: class names, stack frames, Neo4j's own codes. */
	static final List<String> INTERNALS = List.of("org.oversight", "java.", "javax.", "Exception", "org.neo4j",
			"Neo.ClientError", "Neo.DatabaseError", "Neo.TransientError", "springframework", "graphql.execution",
			"\tat ", "Caused by", "StackTrace", "stackTrace");

	/** Roles: login and password (the demo users of import/sample/demo-users.json). */
	static final Map<String, String> ROLES = new LinkedHashMap<>();

	static {
		ROLES.put(TestGraphQl.ADMIN, TestGraphQl.ADMIN_PASSWORD);
		ROLES.put("analyst", "demo-analyst-2026");
		ROLES.put("inspector", "demo-inspector-2026");
		ROLES.put("leader-qx", "demo-leader-2026");
		ROLES.put("leader-city", "demo-leader-2026");
		ROLES.put("discipline", "demo-discipline-2026");
	}

	/** Routes that take seconds by design; sent less often so the run stays short. */
	static final Set<String> SLOW = Set.of("rings", "brokers", "recusalCheck", "proposeCrossInspection", "redFlags",
			"runRedFlags", "similarOrganizations", "coveragePlan", "systemicIssues", "commonEntities", "auditLog",
			"importBundle");

	/** Mutations sent between two fingerprints. */
	static final int MUTATION_BATCH = 60;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	Cypher cypher;

	@LocalServerPort
	int port;

	@Value("${fuzz.requests:800}")
	int requests;

	private final ObjectMapper json = new ObjectMapper();

	private final ObjectMapper asciiJson = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

	private final Map<String, LongAdder> perRole = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> perField = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> perFieldMillis = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> codes = new ConcurrentHashMap<>();

	private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

	private final AtomicInteger sent = new AtomicInteger();

	private final LongAdder refusedMutations = new LongAdder();

	private final LongAdder acceptedMutations = new LongAdder();

	private final List<String> slowest = Collections.synchronizedList(new ArrayList<>());

	@Test
	void thousandsOfHostileRequestsAsEveryRoleAreAnsweredCleanlyAndRefusalsChangeNothing() throws Exception {
		long seed = Long.getLong("fuzz.seed", System.nanoTime());
		System.out.println("FuzzIT seed " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
		List<String> ids = this.cypher
			.read("""
					MATCH (n:Entity) WHERE NOT n:Lead AND NOT n:Case
					WITH n ORDER BY n.id
					WITH collect(n.id) AS everyId
					RETURN [i IN range(0, size(everyId) - 1) WHERE i % 17 = 0 | everyId[i]] AS some""", Map.of(),
					(r) -> r.get(0).asList(org.neo4j.driver.Value::asString))
			.get(0);
		List<String> hidden = this.cypher.read("MATCH (n) WHERE n:Lead OR n:Case RETURN n.id ORDER BY n.id", Map.of(),
				(r) -> r.get(0).asString());
		assertThat(ids).hasSizeGreaterThan(50);
		assertThat(hidden).isNotEmpty();
		SchemaFuzzer fuzzer = new SchemaFuzzer(this.graphQlSource.schema(), seed, ids, hidden, 12, 30);
		List<GraphQLFieldDefinition> queries = fuzzer.roots(false);
		List<GraphQLFieldDefinition> mutations = fuzzer.roots(true);
		List<String> roles = new ArrayList<>(ROLES.keySet());
		long start = System.nanoTime();
		Map<String, Object> before = fingerprint();
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			int round = 0;
			// A full run starts with two rounds of every root field as every role; a
			// short
			// one (fewer than 5000 requests) with one round of every root field, the
			// roles
			// taking turns.
			int coverage = (this.requests >= 5000) ? 2 : 1;
			while (this.sent.get() < this.requests || round < coverage) {
				// Then random picks; queries in parallel, then mutations one by one.
				List<Sent> queryBatch = new ArrayList<>();
				List<Sent> mutationBatch = new ArrayList<>();
				if (round < coverage && coverage == 2) {
					for (String role : roles) {
						queries.forEach((f) -> queryBatch.add(new Sent(role, fuzzer.request(f, false))));
						mutations.forEach((f) -> mutationBatch.add(new Sent(role, fuzzer.request(f, true))));
					}
				}
				else if (round < coverage) {
					for (int i = 0; i < queries.size(); i++) {
						queryBatch.add(new Sent(roles.get(i % roles.size()), fuzzer.request(queries.get(i), false)));
					}
					for (int i = 0; i < mutations.size(); i++) {
						mutationBatch
							.add(new Sent(roles.get(i % roles.size()), fuzzer.request(mutations.get(i), true)));
					}
				}
				else {
					int left = Math.max(10, this.requests - this.sent.get());
					for (int i = 0; i < Math.min(420, left * 7 / 10); i++) {
						GraphQLFieldDefinition f = weighted(fuzzer, queries);
						queryBatch
							.add(new Sent(roles.get(fuzzer.random().nextInt(roles.size())), fuzzer.request(f, false)));
					}
					for (int i = 0; i < Math.min(180, left * 3 / 10); i++) {
						GraphQLFieldDefinition f = weighted(fuzzer, mutations);
						mutationBatch
							.add(new Sent(roles.get(fuzzer.random().nextInt(roles.size())), fuzzer.request(f, true)));
					}
				}
				runQueries(pool, queryBatch);
				Map<String, Object> afterQueries = fingerprint();
				if (!afterQueries.equals(before)) {
					fail("queries of round " + round + " changed the graph: " + diff(before, afterQueries));
				}
				before = runMutations(mutationBatch, afterQueries);
				round++;
				System.out.printf("FuzzIT: %d requests sent, %d s, %d failures%n", this.sent.get(),
						(System.nanoTime() - start) / 1_000_000_000, this.failures.size());
			}
		}
		finally {
			pool.shutdownNow();
		}
		report(fuzzer, (System.nanoTime() - start) / 1_000_000);
		assertThat(this.sent.get()).isGreaterThanOrEqualTo(this.requests);
		for (String role : roles) {
			assertThat(this.perRole.get(role).sum()).as(role).isGreaterThan(this.requests / 12);
		}
		queries.forEach((f) -> assertThat(this.perField).containsKey(f.getName()));
		mutations.forEach((f) -> assertThat(this.perField).containsKey(f.getName()));
		fuzzer.argumentEnums().forEach((name, values) -> {
			// Every enum value of every argument only in a full run: a short one sends
			// each root field once, not each value of it.
			if (!name.startsWith("input:") && this.requests >= 5000) {
				assertThat(fuzzer.enumValuesSent.getOrDefault(name, Set.of())).as("values of " + name + " sent")
					.containsAll(values);
			}
		});
		assertThat(this.refusedMutations.sum()).isGreaterThan(this.requests / 10);
		assertThat(this.failures).as("failures (seed " + seed + ")").isEmpty();
	}

	/**
	 * How long past the timeout an answer may come: one second in a full run (run apart,
	 * on a quiet machine), ten in the suite's short run, which shares a loaded CI machine
	 * (a statement is cut at the deadline only when the database next checks, and the
	 * answer still crosses HTTP): enough to catch a deadline not kept (such answers took
	 * 21-50 s against 20), not so tight that a busy machine fails it.
	 */
	private long slackMillis() {
		return (this.requests >= 5000) ? 1_000 : 10_000;
	}

	/** Keeps a request whole under target/fuzz, to be replayed by hand. */
	private static void keep(String why, Sent s) {
		try {
			java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "fuzz"));
			java.nio.file.Files.writeString(dir.resolve(why + "-" + System.nanoTime() + ".json"), new ObjectMapper()
				.writeValueAsString(
						Map.of("role", s.role(), "query", s.request().query(), "variables", s.request().variables())));
		}
		catch (java.io.IOException ex) {
			System.out.println("FuzzIT could not keep the request: " + ex);
		}
	}

	/** Records a failure, and prints it at once so a run stopped early still tells. */
	private void fail(String failure) {
		this.failures.add(failure);
		System.out
			.println("FuzzIT FAILURE " + ((failure.length() > 8000) ? failure.substring(0, 8000) + "…" : failure));
	}

	private GraphQLFieldDefinition weighted(SchemaFuzzer fuzzer, List<GraphQLFieldDefinition> fields) {
		while (true) {
			GraphQLFieldDefinition f = fields.get(fuzzer.random().nextInt(fields.size()));
			if (!SLOW.contains(f.getName()) || fuzzer.random().nextInt(12) == 0) {
				return f;
			}
		}
	}

	private void runQueries(ExecutorService pool, List<Sent> batch) throws Exception {
		List<Future<?>> futures = new ArrayList<>();
		for (Sent s : batch) {
			futures.add(pool.submit(() -> send(s)));
		}
		for (Future<?> f : futures) {
			f.get();
		}
	}

	/**
	 * Sends mutations one by one, in batches of {@link #MUTATION_BATCH} around one
	 * fingerprint each: a batch of refusals only must leave the graph as it was; in one
	 * with accepted mutations, every change must concern an id an accepted mutation named
	 * (or a neighbour of one).
	 */
	private Map<String, Object> runMutations(List<Sent> batch, Map<String, Object> before) throws Exception {
		Map<String, Object> start = before;
		for (int from = 0; from < batch.size(); from += MUTATION_BATCH) {
			List<Sent> part = batch.subList(from, Math.min(batch.size(), from + MUTATION_BATCH));
			List<Sent> accepted = new ArrayList<>();
			List<Sent> refused = new ArrayList<>();
			for (Sent s : part) {
				JsonNode answer = send(s);
				if (refused(answer, s.request().rootField())) {
					refused.add(s);
					this.refusedMutations.increment();
				}
				else {
					accepted.add(s);
					this.acceptedMutations.increment();
				}
			}
			Map<String, Object> after = fingerprint();
			List<String> unexplained = unexplained(start, after, accepted);
			if (!unexplained.isEmpty()) {
				// The refusals that name a changed id first, whole, with their answers.
				List<String> suspects = part.stream()
					.filter((s) -> unexplained.stream()
						.anyMatch((u) -> (unescape(s.request().query()) + s.request().variables())
							.contains(u.substring(2, u.indexOf(' ')).strip())))
					.map((s) -> s.role() + " " + abbreviate(s.request().query(), 3000) + " "
							+ abbreviate(String.valueOf(s.request().variables()), 1000) + " -> "
							+ abbreviate(s.answer, 1500))
					.toList();
				fail("refused mutations changed the graph: " + unexplained.subList(0, Math.min(5, unexplained.size()))
						+ "; mutations naming a changed id: " + suspects + "; refused in the batch: "
						+ refused.stream().map((s) -> s.role() + " " + s.request().rootField()).toList());
			}
			start = after;
		}
		return start;
	}

	/**
	 * Whether a mutation was refused: its root field answered null with an error of its
	 * own or of the whole request. A root answered null only because a nested field
	 * failed (a hidden or missing reference in the selection), or an answer cut for its
	 * size, comes from a change that was made.
	 */
	private static boolean refused(JsonNode answer, String rootField) {
		if (answer == null) {
			return true;
		}
		JsonNode value = answer.path("data").path(rootField);
		if (!value.isMissingNode() && !value.isNull()) {
			return false;
		}
		for (JsonNode error : answer.path("errors")) {
			boolean own = error.path("path").size() <= 1;
			boolean cutForSize = "answer-fields".equals(error.path("extensions").path("field").asText(null));
			if (own && !cutForSize) {
				return true;
			}
		}
		return false;
	}

	/** Changes between two fingerprints that no accepted mutation accounts for. */
	@SuppressWarnings("unchecked")
	private List<String> unexplained(Map<String, Object> before, Map<String, Object> after, List<Sent> accepted) {
		Set<String> changed = new HashSet<>();
		Set<String> keys = new HashSet<>(before.keySet());
		keys.addAll(after.keySet());
		for (String key : keys) {
			if (!java.util.Objects.equals(before.get(key), after.get(key))) {
				changed.add(key);
			}
		}
		if (changed.isEmpty()) {
			return List.of();
		}
		// The query's string literals as the server read them: an id made with a quote or
		// an odd space in it is written escaped in the query.
		String said = String.join("\n",
				accepted.stream()
					.map((s) -> unescape(s.request().query()) + s.request().variables() + unescape(s.answer()))
					.toList());
		boolean alertsTouched = accepted.stream()
			.anyMatch((s) -> Set.of("runRedFlags", "updateAlert").contains(s.request().rootField()));
		Set<String> named = new HashSet<>();
		for (String key : changed) {
			for (String id : ids(key, before, after)) {
				if (said.contains(id)) {
					named.add(id);
				}
			}
		}
		List<String> out = new ArrayList<>();
		for (String key : changed) {
			if (key.startsWith("a:") && alertsTouched) {
				continue;
			}
			List<String> touching = ids(key, before, after);
			boolean explained = touching.stream().anyMatch(named::contains);
			if (!explained) {
				out.add(key + " " + abbreviate(String.valueOf(before.get(key)), 200) + " -> "
						+ abbreviate(String.valueOf(after.get(key)), 200));
			}
		}
		return out;
	}

	/**
	 * The entity ids a fingerprint key concerns: the node's, or a relationship's ends.
	 */
	@SuppressWarnings("unchecked")
	/** GraphQL's and JSON's string escapes (quote, backslash, \\uXXXX) undone. */
	static String unescape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				char next = text.charAt(i + 1);
				if (next == 'u' && i + 5 < text.length()
						&& text.substring(i + 2, i + 6).chars().allMatch((h) -> Character.digit(h, 16) >= 0)) {
					out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
					i += 5;
					continue;
				}
				if (next == '"' || next == '\\' || next == '/') {
					out.append(next);
					i++;
					continue;
				}
			}
			out.append(c);
		}
		return out.toString();
	}

	private static List<String> ids(String key, Map<String, Object> before, Map<String, Object> after) {
		if (key.startsWith("n:")) {
			return List.of(key.substring(2));
		}
		if (key.startsWith("a:")) {
			return List.of(key.substring(2));
		}
		Object value = (after.get(key) != null) ? after.get(key) : before.get(key);
		List<Object> rel = (List<Object>) value;
		return List.of(String.valueOf(rel.get(1)), String.valueOf(rel.get(2)));
	}

	/**
	 * Every entity, relationship among entities and alert with a hash of its labels and
	 * properties: what a refused mutation must leave as it was.
	 */
	private Map<String, Object> fingerprint() {
		Map<String, Object> out = new HashMap<>();
		this.cypher.stream("""
				MATCH (n) WHERE n:Entity OR n:__Alert
				RETURN coalesce(n.id, elementId(n)) AS key, n:__Alert AS alert, labels(n) AS labels,
				       properties(n) AS props""", Map.of(),
				(r) -> out.put((r.get("alert").asBoolean() ? "a:" : "n:") + r.get("key").asString(),
						hash(r.get("labels").asList().toString() + new TreeMap<>(r.get("props").asMap()))));
		this.cypher.stream("""
				MATCH (a)-[r]->(b) WHERE (a:Entity OR a:__Alert) AND (b:Entity OR b:__Alert)
				RETURN elementId(r) AS key, type(r) AS type, a.id AS a, b.id AS b, properties(r) AS props""", Map.of(),
				(r) -> out.put("r:" + r.get("key").asString(), List.of(r.get("type").asString(), r.get("a").asObject(),
						r.get("b").asObject(), hash(String.valueOf(new TreeMap<>(r.get("props").asMap()))))));
		return out;
	}

	private static String diff(Map<String, Object> before, Map<String, Object> after) {
		List<String> out = new ArrayList<>();
		Set<String> keys = new HashSet<>(before.keySet());
		keys.addAll(after.keySet());
		for (String key : keys) {
			if (!java.util.Objects.equals(before.get(key), after.get(key)) && out.size() < 5) {
				out.add(key + ": " + before.get(key) + " -> " + after.get(key));
			}
		}
		return out.toString();
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(digest).substring(0, 16);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Sends one request, checks its answer, and returns the parsed answer (or null). */
	private JsonNode send(Sent s) {
		this.sent.incrementAndGet();
		this.perRole.computeIfAbsent(s.role(), (k) -> new LongAdder()).increment();
		this.perField.computeIfAbsent(s.request().rootField(), (k) -> new LongAdder()).increment();
		String label = s.role() + " " + abbreviate(s.request().query(), 600) + " "
				+ abbreviate(String.valueOf(s.request().variables()), 300);
		try {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("query", s.request().query());
			if (!s.request().variables().isEmpty() || this.sent.get() % 2 == 0) {
				body.put("variables", s.request().variables());
			}
			ObjectMapper writer = (this.sent.get() % 3 == 0) ? this.asciiJson : this.json;
			byte[] bytes = writer.writeValueAsBytes(body);
			String auth = Base64.getEncoder()
				.encodeToString((s.role() + ":" + ROLES.get(s.role())).getBytes(StandardCharsets.UTF_8));
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
				.timeout(TIMEOUT.plusSeconds(60))
				.header("Content-Type", "application/json")
				.header("Authorization", "Basic " + auth)
				.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
				.build();
			long began = System.nanoTime();
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			long millis = (System.nanoTime() - began) / 1_000_000;
			this.perFieldMillis.computeIfAbsent(s.request().rootField(), (k) -> new LongAdder()).add(millis);
			this.statuses.computeIfAbsent(response.statusCode(), (k) -> new LongAdder()).increment();
			if (millis > 2000) {
				this.slowest.add(millis + " ms " + abbreviate(label, 300));
			}
			if (millis > TIMEOUT.toMillis() + slackMillis()) {
				fail("took " + millis + " ms: " + label);
				keep("slow", s);
			}
			String text = response.body();
			s.answer = abbreviate(text, 20_000);
			if (response.statusCode() >= 500) {
				fail("HTTP " + response.statusCode() + ": " + label + " -> " + abbreviate(text, 300));
			}
			for (String mark : INTERNALS) {
				if (text.contains(mark)) {
					fail("answer names '" + mark + "': " + label + " -> " + around(text, mark));
					break;
				}
			}
			JsonNode answer;
			try {
				answer = this.json.readTree(text);
			}
			catch (Exception ex) {
				fail("answer is not JSON (HTTP " + response.statusCode() + "): " + label + " -> "
						+ abbreviate(text, 200));
				return null;
			}
			for (JsonNode error : answer.path("errors")) {
				String code = error.path("extensions").path("code").asText(null);
				this.codes.computeIfAbsent(String.valueOf(code), (k) -> new LongAdder()).increment();
				if (code == null || "INTERNAL".equals(code)) {
					fail("error " + code + " '" + abbreviate(error.path("message").asText(), 200) + "': " + label);
				}
			}
			if (!answer.has("data") && !answer.has("errors")) {
				fail("answer with neither data nor errors: " + label);
			}
			return answer;
		}
		catch (java.io.IOException | InterruptedException ex) {
			fail("no answer (" + ex + "): " + label);
			return null;
		}
	}

	private void report(SchemaFuzzer fuzzer, long millis) {
		System.out.println("FuzzIT: " + this.sent.get() + " requests in " + millis / 1000 + " s");
		System.out.println("FuzzIT per role: " + new TreeMap<>(sums(this.perRole)));
		System.out.println("FuzzIT HTTP statuses: " + new TreeMap<>(sums(this.statuses)));
		System.out.println("FuzzIT error codes: " + new TreeMap<>(sums(this.codes)));
		System.out.println("FuzzIT mutations: " + this.refusedMutations.sum() + " refused, "
				+ this.acceptedMutations.sum() + " accepted");
		Map<String, Long> mean = new TreeMap<>();
		this.perField.forEach((field, count) -> mean.put(field,
				this.perFieldMillis.getOrDefault(field, new LongAdder()).sum() / Math.max(1, count.sum())));
		System.out.println("FuzzIT mean ms per root field: " + mean);
		System.out.println("FuzzIT requests per root field: " + new TreeMap<>(sums(this.perField)));
		synchronized (this.slowest) {
			this.slowest.sort(Collections.reverseOrder());
			this.slowest.stream().limit(15).forEach((s) -> System.out.println("FuzzIT slow: " + s));
		}
		synchronized (this.failures) {
			System.out.println("FuzzIT failures: " + this.failures.size());
			this.failures.stream().limit(60).forEach((f) -> System.out.println("FuzzIT failure " + f));
		}
	}

	private static <K> Map<K, Long> sums(Map<K, LongAdder> adders) {
		Map<K, Long> out = new HashMap<>();
		adders.forEach((k, v) -> out.put(k, v.sum()));
		return out;
	}

	private static String around(String text, String mark) {
		int at = text.indexOf(mark);
		return text.substring(Math.max(0, at - 150), Math.min(text.length(), at + 150));
	}

	private static String abbreviate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max) + "…(" + text.length() + ")";
	}

	/** A request and who sends it; the answer once it came. */
	static final class Sent {

		private final String role;

		private final SchemaFuzzer.Request request;

		volatile String answer = "";

		Sent(String role, SchemaFuzzer.Request request) {
			this.role = role;
			this.request = request;
		}

		String role() {
			return this.role;
		}

		SchemaFuzzer.Request request() {
			return this.request;
		}

		String answer() {
			return this.answer;
		}

	}

}
