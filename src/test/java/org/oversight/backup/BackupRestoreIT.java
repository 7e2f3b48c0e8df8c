package org.oversight.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.GraphTest;
import org.oversight.OversightGraph;
import org.oversight.TestData;
import org.oversight.TestGraphQl;
import org.oversight.cli.Cli;
import org.oversight.graph.Cypher;
import org.oversight.security.Role;
import org.oversight.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup of the running server (the sample city, users of restricted roles, alerts,
 * lead histories, the audit trail), taken while mutations keep coming, restored into an
 * empty data directory and served again: the restored server answers what the original
 * answered before the backup.
 */
@GraphTest
@TestPropertySource(properties = "oversight.load-sample=true")
class BackupRestoreIT {

	static final String PASSWORD = "a-long-test-password";

	static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path dir;

	@LocalServerPort
	int port;

	@Autowired
	WebTestClient client;

	@Autowired
	UserService users;

	@Autowired
	Cypher cypher;

	@Test
	void whatTheServerAnsweredBeforeTheBackupTheRestoredServerAnswers() throws Exception {
		String p = TestData.prefix();
		this.users.save(p + "inspector", PASSWORD, Role.INSPECTOR, "PER-0020", null, null);
		this.users.save(p + "analyst", PASSWORD, Role.ANALYST, null, null, null);
		TestGraphQl.raw(this.client, TestGraphQl.ADMIN, TestGraphQl.ADMIN_PASSWORD,
				"mutation { runRedFlags(asOf: \"2026-11-01\", rules: [\"SPLIT_CONTRACTS\"]) { hits } }");
		Map<String, String> before = answers(this.client, p);
		assertThat(before.get("admin")).contains("\"alerts\":[{").contains("LEAD-S8-01").doesNotContain("\"errors\"");
		assertThat(before.get("inspector")).contains("LEAD-S8-01").doesNotContain("\"errors\"");
		assertThat(before.get("analyst")).contains("\"leads\":{\"totalCount\":0");
		String newest = JSON.readTree(auditLog(this.client, null)).at("/data/auditLog/0/at").asText();
		String auditBefore = auditLog(this.client, newest);

		// Writes keep coming while the backup is taken; each is in it whole, or not at
		// all.
		AtomicBoolean stop = new AtomicBoolean();
		AtomicInteger written = new AtomicInteger();
		ExecutorService writers = Executors.newFixedThreadPool(2);
		// Held back while the backup reads, so allowed longer than the default 5 s.
		WebTestClient patient = this.client.mutate().responseTimeout(java.time.Duration.ofSeconds(120)).build();
		List<Future<?>> running = new ArrayList<>();
		for (int w = 0; w < 2; w++) {
			int writer = w;
			running.add(writers.submit(() -> {
				for (int i = 0; !stop.get(); i++) {
					TestGraphQl.raw(patient, TestGraphQl.ADMIN, TestGraphQl.ADMIN_PASSWORD,
							"mutation { createCompany(input: {id: \"" + p + "C" + writer + "-" + i
									+ "\", name: \"备份期间公司\"}) { id } }");
					written.incrementAndGet();
				}
			}));
		}
		Path backup = this.dir.resolve("backup");
		String[] out = run(PASSWORD_OF_ADMIN, "backup", backup.toString(), "--server", "http://127.0.0.1:" + this.port,
				"--user", TestGraphQl.ADMIN);
		stop.set(true);
		for (Future<?> f : running) {
			f.get();
		}
		writers.shutdown();
		assertThat(out[0]).as(out[1]).contains("Backup written to " + backup.toAbsolutePath(), "writes paused");
		assertThat(written.get()).isPositive();
		Manifest manifest = Manifest.read(backup);
		assertThat(manifest.mode()).isEqualTo("server");
		assertThat(manifest.labels()).containsKeys("__User", "__Audit", "__AuditHead", "__Alert", "__Migration",
				"__Settings", "Organization", "Lead");
		assertThat(manifest.auditHead()).isEqualTo(manifest.auditRecords());
		assertThat(run(PASSWORD_OF_ADMIN, "backup", backup.toString(), "--server", "http://127.0.0.1:" + this.port)[1])
			.isEqualTo("backup: " + backup + " is not empty; give a new or empty folder\n");

		Path data = this.dir.resolve("restored");
		out = run("", "restore", backup.toString(), "--data-dir", data.toString());
		assertThat(out[0]).as(out[1]).contains("Restored " + manifest.summary());
		assertThat(run("", "restore", backup.toString(), "--data-dir", data.toString())[1])
			.isEqualTo("restore: " + data + " is not empty; restore only into a new or empty data directory\n");

		try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(OversightGraph.class).run(
				"--oversight.data-dir=" + data, "--server.port=0", "--oversight.bolt.port=0",
				"--oversight.load-sample=false")) {
			int restoredPort = ((ServletWebServerApplicationContext) restored).getWebServer().getPort();
			WebTestClient other = WebTestClient.bindToServer()
				.baseUrl("http://127.0.0.1:" + restoredPort)
				.responseTimeout(java.time.Duration.ofSeconds(120))
				.build();
			assertThat(auditLog(other, newest)).isEqualTo(auditBefore);
			Map<String, String> after = answers(other, p);
			assertThat(after).isEqualTo(before);
			JsonNode chain = JSON.readTree(TestGraphQl.raw(other, TestGraphQl.ADMIN, TestGraphQl.ADMIN_PASSWORD,
					"{ auditChain { ok chained message } }"));
			assertThat(chain.at("/data/auditChain/ok").asBoolean()).as(chain.toString()).isTrue();
			assertThat(chain.at("/data/auditChain/chained").asLong()).isGreaterThanOrEqualTo(manifest.auditHead());
			// The trail agrees with the data: no audit record in the copy lacks its
			// company. A mutation and its record are two transactions, so a company whose
			// mutation ended just before the writes paused may lack its record: at most
			// one
			// per writer.
			Cypher copy = restored.getBean(Cypher.class);
			List<String> companies = copy.read("MATCH (c:Company) WHERE c.id STARTS WITH $p RETURN c.id ORDER BY c.id",
					Map.of("p", p), (r) -> r.get(0).asString());
			List<String> audited = copy.read("""
					MATCH (a:__Audit {operation: 'createCompany', outcome: 'ok'}) WHERE a.seq <= $head
					UNWIND a.entities AS id WITH id WHERE id STARTS WITH $p RETURN id ORDER BY id""",
					Map.of("p", p, "head", manifest.auditHead()), (r) -> r.get(0).asString());
			assertThat(companies).containsAll(audited);
			assertThat(companies.size() - audited.size()).isLessThanOrEqualTo(2);
			// The restored data directory is in use: an offline backup says so in one
			// line.
			out = run("", "backup", this.dir.resolve("offline").toString(), "--data-dir", data.toString(),
					"--oversight.bolt.port=0");
			assertThat(out[1]).startsWith("cannot start: the database in ")
				.endsWith(" is in use by another running instance (stop it, or use another folder with --data-dir)\n")
				.hasLineCount(1);
		}
		String[] offline = run("", "backup", this.dir.resolve("offline").toString(), "--data-dir", data.toString(),
				"--oversight.bolt.port=0");
		assertThat(offline[0]).as(offline[1]).contains("Backup written to ");
		assertThat(Manifest.read(this.dir.resolve("offline")).mode()).isEqualTo("offline");
	}

	static final String PASSWORD_OF_ADMIN = TestGraphQl.ADMIN_PASSWORD + "\n";

	/** What a set of representative queries answer, as admin and as restricted users. */
	private static Map<String, String> answers(WebTestClient client, String p) throws IOException {
		return Map.of("admin",
				TestGraphQl.raw(client, TestGraphQl.ADMIN, TestGraphQl.ADMIN_PASSWORD, document("backupAdminView")),
				"inspector", TestGraphQl.raw(client, p + "inspector", PASSWORD, document("backupRestrictedView")),
				"analyst", TestGraphQl.raw(client, p + "analyst", PASSWORD, document("backupRestrictedView")));
	}

	private static String auditLog(WebTestClient client, String to) {
		return TestGraphQl.raw(client, TestGraphQl.ADMIN, TestGraphQl.ADMIN_PASSWORD, "{ auditLog(first: 1000"
				+ ((to != null) ? ", to: \"" + to + "\"" : "") + ") { at user operation entities outcome remote } }");
	}

	private static String document(String name) throws IOException {
		try (InputStream in = BackupRestoreIT.class.getResourceAsStream("/graphql-test/" + name + ".graphql")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * Runs the command line with this standard input; returns what it printed (out, err).
	 */
	private static String[] run(String stdin, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream oldOut = System.out;
		PrintStream oldErr = System.err;
		InputStream oldIn = System.in;
		try {
			System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
			System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
			Cli.run(args);
		}
		finally {
			System.setOut(oldOut);
			System.setErr(oldErr);
			System.setIn(oldIn);
		}
		return new String[] { out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) };
	}

}
