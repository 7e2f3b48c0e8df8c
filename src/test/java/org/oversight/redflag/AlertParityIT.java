package org.oversight.redflag;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.GraphTest;
import org.oversight.TestGraphQl;
import org.oversight.security.Role;
import org.oversight.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored alert tells a caller exactly what their own {@code redFlags} would: the same
 * hits, no more and no fewer, each with the same sentence, score and evidence — so an
 * alert kept from an administrator's run reveals nothing by its presence, absence, count
 * or score about leads and cases the caller may not see.
 */
@GraphTest
// Every rule over the whole city, once per role: on a loaded 2-core machine that can
// outlast the default statement timeout, which is not what this test is about.
@TestPropertySource(properties = { "oversight.load-sample=true", "oversight.limits.query-timeout=180s" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertParityIT {

	static final String PASSWORD = "alert-parity-password";

	static final String AS_OF = "2026-11-01";

	@Autowired
	HttpGraphQlTester admin;

	@Autowired
	WebTestClient client;

	@Autowired
	UserService users;

	@BeforeAll
	void storeTheAdministratorsRun() {
		this.users.save("parity-analyst", PASSWORD, Role.ANALYST, null, null, null);
		this.users.save("parity-inspector", PASSWORD, Role.INSPECTOR, "PER-0020", null, null);
		this.users.save("parity-member", PASSWORD, Role.INSPECTOR, "PER-0039", null, null);
		this.users.save("parity-leader-qx", PASSWORD, Role.LEADERSHIP, null, "ORG-QX-XW", null);
		this.users.save("parity-leader-city", PASSWORD, Role.LEADERSHIP, null, "ORG-QA-SW", null);
		this.users.save("parity-discipline", PASSWORD, Role.DISCIPLINE, null, null, "ORG-QA-JW");
		this.admin.document("mutation { runRedFlags(asOf: \"" + AS_OF + "\") { hits } }")
			.execute()
			.path("runRedFlags.hits")
			.entity(Integer.class)
			.satisfies((hits) -> assertThat(hits).isPositive().isLessThan(RedFlagRequest.MAX_FIRST));
	}

	@Test
	void everyRoleGetsAsAlertsExactlyItsOwnHits() {
		for (String user : List.of("admin", "parity-analyst", "parity-inspector", "parity-member", "parity-leader-qx",
				"parity-leader-city", "parity-discipline")) {
			HttpGraphQlTester tester = user.equals("admin") ? this.admin : TestGraphQl.as(this.client, user, PASSWORD);
			Map<String, String> hits = ownHits(tester);
			assertThat(alerts(tester)).as(user).isEqualTo(hits);
		}
	}

	@Test
	void aHiddenLeadBehindAUnitNeitherWithholdsNorShowsItsAlert() {
		// The analyst sees no lead: corroborations and collapses driven by leads are not
		// the analyst's hits, and so not the analyst's alerts either.
		HttpGraphQlTester analyst = TestGraphQl.as(this.client, "parity-analyst", PASSWORD);
		assertThat(alerts(analyst).keySet()).noneMatch((k) -> k.startsWith("CORROBORATED_LEADS/"));
		assertThat(alerts(this.admin).keySet()).anyMatch((k) -> k.startsWith("CORROBORATED_LEADS/"));
	}

	/** Each hit as "rule/subject" → its sentence, score and sorted evidence ids. */
	private static Map<String, String> ownHits(HttpGraphQlTester tester) {
		List<Map<String, Object>> hits = tester
			.document("{ redFlags(asOf: \"" + AS_OF
					+ "\") { rule subject summary score evidence { nodes { id } edges { id } } } }")
			.execute()
			.path("redFlags")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		Map<String, String> out = new TreeMap<>();
		for (Map<String, Object> hit : hits) {
			Map<?, ?> evidence = (Map<?, ?>) hit.get("evidence");
			TreeSet<String> ids = new TreeSet<>();
			((List<?>) evidence.get("nodes")).forEach((n) -> ids.add((String) ((Map<?, ?>) n).get("id")));
			((List<?>) evidence.get("edges")).stream()
				.map((e) -> (String) ((Map<?, ?>) e).get("id"))
				.filter((id) -> id != null)
				.forEach(ids::add);
			out.put(hit.get("rule") + "/" + hit.get("subject"), describe(hit, ids));
		}
		return out;
	}

	/** Every alert the caller may see, page by page, in the same shape. */
	private static Map<String, String> alerts(HttpGraphQlTester tester) {
		Map<String, String> out = new TreeMap<>();
		for (int offset = 0;; offset += 200) {
			String after = java.util.Base64.getEncoder()
				.encodeToString(("cursor:" + (offset - 1)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			List<Map<String, Object>> page = tester
				.document("{ alerts(first: 200" + ((offset > 0) ? ", after: \"" + after + "\"" : "")
						+ ") { rule subject summary score evidenceIds } }")
				.execute()
				.path("alerts")
				.entityList(Map.class)
				.get()
				.stream()
				.map((m) -> (Map<String, Object>) m)
				.toList();
			for (Map<String, Object> alert : page) {
				out.put(alert.get("rule") + "/" + alert.get("subject"),
						describe(alert, new TreeSet<>((List<String>) alert.get("evidenceIds"))));
			}
			if (page.size() < 200) {
				return out;
			}
		}
	}

	private static String describe(Map<String, Object> hit, TreeSet<String> evidence) {
		return hit.get("summary") + " | " + hit.get("score") + " | " + evidence;
	}

}
