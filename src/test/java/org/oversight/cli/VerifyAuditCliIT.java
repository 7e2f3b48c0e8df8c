package org.oversight.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.OversightGraph;
import org.oversight.graph.Cypher;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code verify-audit} on a data directory, over a database from before the chain: its
 * old records are sealed when the chain starts, so changing one of them is found too.
 */
class VerifyAuditCliIT {

	@TempDir
	Path dir;

	@Test
	void recordsFromBeforeTheChainAreSealedByIt() {
		String db = this.dir.resolve("db").toString();
		// A database as it was before the chain: records without hashes, no head.
		cypher(db, """
				MATCH (h:__AuditHead) DELETE h WITH count(*) AS x
				UNWIND range(1, 3) AS i
				CREATE (:__Audit {at: datetime('2026-01-0' + i + 'T08:00:00Z'), user: 'admin', operation: 'login',
				  entities: [], outcome: 'ok', remote: '127.0.0.1'})""");
		String[] out = verify(db);
		assertThat(out[0]).as(out[2]).isEqualTo("0");
		assertThat(out[1]).endsWith(
				"Audit trail OK: 0 record(s) chained, 3 record(s) from before the chain sealed by its first hash\n");
		cypher(db, "MATCH (a:__Audit) WHERE a.hash IS NULL WITH a LIMIT 1 SET a.user = 'someone else'");
		out = verify(db);
		assertThat(out[0]).isEqualTo("1");
		assertThat(out[2]).isEqualTo("Audit trail BROKEN: the records from before the chain were changed: "
				+ "3 sealed, 3 now, or their content differs\n");
	}

	private static void cypher(String db, String statement) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OversightGraph.class)
			.web(WebApplicationType.NONE)
			.run("--oversight.data-dir=" + db, "--oversight.bolt.port=0", "--oversight.load-sample=false")) {
			context.getBean(Cypher.class).write(statement, Map.of(), (r) -> r);
		}
	}

	private static String[] verify(String db) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream oldOut = System.out;
		PrintStream oldErr = System.err;
		try {
			System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
			int exit = Cli.run(new String[] { "verify-audit", "--data-dir", db, "--oversight.bolt.port=0" });
			return new String[] { String.valueOf(exit), out.toString(StandardCharsets.UTF_8),
					err.toString(StandardCharsets.UTF_8) };
		}
		finally {
			System.setOut(oldOut);
			System.setErr(oldErr);
		}
	}

}
