package org.oversight.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.oversight.GraphTest;
import org.oversight.TestData;
import org.oversight.TestGraphQl;
import org.oversight.graph.Cypher;
import org.oversight.security.Role;
import org.oversight.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail's hash chain: intact after many concurrent audited requests, and an
 * edit or a deletion made behind the application's back is found and named.
 */
@GraphTest
class AuditChainIT {

	@Autowired
	WebTestClient client;

	@Autowired
	AuditChain chain;

	@Autowired
	Cypher cypher;

	@Autowired
	UserService users;

	@Test
	void concurrentRequestsKeepOneUnbrokenChain() throws Exception {
		String p = TestData.prefix();
		long before = count("MATCH (a:__Audit) WHERE a.hash IS NOT NULL RETURN count(a)");
		int threads = 8;
		int each = 15;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> done = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			done.add(pool.submit(() -> {
				for (int i = 0; i < each; i++) {
					TestGraphQl.raw(this.client, TestGraphQl.ADMIN, TestGraphQl.ADMIN_PASSWORD,
							"mutation { createCompany(input: {id: \"" + p + thread + "-" + i
									+ "\", name: \"并发\"}) { id } }");
				}
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		pool.shutdown();
		AuditChain.Verification result = this.chain.verify();
		assertThat(result.ok()).as(result.message()).isTrue();
		assertThat(result.chained()).isGreaterThanOrEqualTo(before + threads * each);
		assertThat(count("MATCH (a:__Audit) WHERE a.hash IS NOT NULL RETURN count(DISTINCT a.seq)"))
			.isEqualTo(result.chained());
		assertThat(count("MATCH (a:__Audit {operation: 'createCompany'}) WHERE a.entities[0] STARTS WITH '" + p
				+ "' AND a.hash IS NOT NULL RETURN count(a)"))
			.isEqualTo(threads * each);
		assertThat(result.line()).isEqualTo("Audit trail OK: " + result.chained() + " record(s) chained");
	}

	@Test
	void anEditedRecordIsFoundAndNamed() {
		long seq = middleRecord();
		String outcome = this.cypher
			.write("MATCH (a:__Audit {seq: $seq}) WITH a, a.outcome AS o SET a.outcome = 'ok (edited)' RETURN o",
					Map.of("seq", seq), (r) -> r.get(0).asString(null))
			.get(0);
		try {
			AuditChain.Verification result = this.chain.verify();
			assertThat(result.ok()).isFalse();
			assertThat(result.firstBroken()).isEqualTo(seq);
			assertThat(result.line()).startsWith("Audit trail BROKEN: audit record #" + seq + " (")
				.endsWith("was changed after it was written: its content no longer matches its hash");
		}
		finally {
			this.cypher.write("MATCH (a:__Audit {seq: $seq}) SET a.outcome = $o", Map.of("seq", seq, "o", outcome),
					(r) -> r);
		}
		assertThat(this.chain.verify().ok()).isTrue();
	}

	@Test
	void aDeletedRecordIsFoundAndNamed() {
		long seq = middleRecord();
		Map<String, Object> saved = this.cypher
			.write("MATCH (a:__Audit {seq: $seq}) WITH a, properties(a) AS p DELETE a RETURN p", Map.of("seq", seq),
					(r) -> r.get(0).asMap())
			.get(0);
		try {
			AuditChain.Verification result = this.chain.verify();
			assertThat(result.firstBroken()).isEqualTo(seq);
			assertThat(result.line())
				.isEqualTo("Audit trail BROKEN: audit record #%d is missing (the chain goes from #%d to #%d)"
					.formatted(seq, seq - 1, seq + 1));
		}
		finally {
			this.cypher.write("CREATE (a:__Audit) SET a = $p", Map.of("p", saved), (r) -> r);
		}
		assertThat(this.chain.verify().ok()).isTrue();
	}

	@Test
	void onlyAdministratorsCheckTheChainThroughTheApi() {
		String p = TestData.prefix();
		this.users.save(p + "analyst", "a-long-test-password", Role.ANALYST, null, null, null);
		assertThat(TestGraphQl.raw(this.client, p + "analyst", "a-long-test-password", "{ auditChain { ok } }"))
			.contains("FORBIDDEN");
		assertThat(TestGraphQl.raw(this.client, TestGraphQl.ADMIN, TestGraphQl.ADMIN_PASSWORD,
				"{ auditChain { ok firstBroken message } }"))
			.contains("\"ok\":true", "\"firstBroken\":0", "\"message\":\"OK\"");
	}

	/** A record with records before and after it (made here if need be). */
	private long middleRecord() {
		for (int i = 0; i < 3; i++) {
			TestGraphQl.raw(this.client, TestGraphQl.ADMIN, TestGraphQl.ADMIN_PASSWORD,
					"mutation { createCompany(input: {id: \"" + TestData.prefix() + "M\", name: \"中间\"}) { id } }");
		}
		return count("MATCH (h:__AuditHead) RETURN h.seq") - 1;
	}

	private long count(String query) {
		return TestData.count(this.cypher, query, Map.of());
	}

}
