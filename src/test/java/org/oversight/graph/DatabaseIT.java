package org.oversight.graph;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class DatabaseIT {

	@Autowired
	EmbeddedNeo4j embedded;

	@Autowired
	Migrations migrations;

	@Autowired
	QueryCatalogue queries;

	@Autowired
	Cypher cypher;

	@Autowired
	Driver driver;

	@Test
	void boltListensOnLoopbackAndWantsThePassword() {
		assertThat(this.embedded.boltUri()).startsWith("bolt://127.0.0.1:");
		try (Driver driver = GraphDatabase.driver(this.embedded.boltUri(),
				AuthTokens.basic("neo4j", this.embedded.password()))) {
			assertThat(driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt()).isOne();
		}
		try (Driver driver = GraphDatabase.driver(this.embedded.boltUri(), AuthTokens.basic("neo4j", "wrong"))) {
			assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
		}
	}

	@Test
	void migrationsAreAppliedOnceAndKeptTrackOf() {
		assertThat(this.migrations.apply()).isZero();
		List<String> constraints = this.cypher.read("SHOW CONSTRAINTS YIELD name RETURN name", Map.of(),
				(r) -> r.get("name").asString());
		assertThat(constraints).contains("entity_id", "transfer_id");
		List<String> fulltext = this.cypher.read(
				"SHOW INDEXES YIELD name, type, options WHERE type = 'FULLTEXT' RETURN name + ':' + options.indexConfig['fulltext.analyzer'] AS n",
				Map.of(), (r) -> r.get("n").asString());
		assertThat(fulltext).contains("entity_names:cjk");
		assertThat(TestCounts.of(this.cypher, "MATCH (m:__Migration) RETURN count(m)"))
			.isEqualTo(Migrations.load().size());
	}

	@Test
	void everyNamedQueryIsValidCypher() {
		assertThat(this.queries.all()).isNotEmpty();
		// Each one explained here: the start's validate() skips a catalogue already
		// explained on this engine.
		this.queries.all()
			.stream()
			.filter((query) -> !query.header().containsKey("requires"))
			.forEach((query) -> this.queries.validate(this.cypher, query));
		this.queries.validate(this.cypher);
		assertThat(TestCounts.of(this.cypher, "MATCH (c:__QueryCheck) WHERE size(c.stamp) = 64 RETURN count(c)"))
			.isEqualTo(1);
		assertThat(this.queries.get("explore/search").header("parameters", "")).contains("kinds");
	}

	/**
	 * V0010 rewrites what an older version stored: run on old-style records inside a
	 * transaction that is rolled back, so the shared test database keeps its own.
	 */
	@Test
	void theClueChainMigrationRewritesTheOldCodes() {
		Migrations.Migration v10 = Migrations.load()
			.stream()
			.filter((m) -> m.version() == 10)
			.findFirst()
			.orElseThrow();
		try (var session = this.driver.session(); var tx = session.beginTransaction()) {
			tx.run("""
					CREATE (:Entity:Lead {id: 'MIG-L1', status: 'UNDER_VERIFICATION', disposal: 'FURTHER_UNDERSTANDING'})
					CREATE (l2:Entity:Lead {id: 'MIG-L2', status: 'CLOSED'})<-[:FROM_LEAD]-(:Entity:Case {id: 'MIG-K2', status: 'CLOSED'})
					CREATE (:__LeadTransition {leadId: 'MIG-L1', seq: 1, from: 'OPEN', to: 'TRANSFERRED', step: 'TRANSFER',
					  by: 'u', at: datetime('2021-04-01T09:00Z'), reason: '移交', transferTo: 'ORG-X'})
					CREATE (:__LeadTransition {leadId: 'MIG-L1', seq: 2, from: 'TRANSFERRED', to: 'UNDER_VERIFICATION',
					  step: 'VERIFY', by: 'u', at: datetime('2021-04-02T09:00Z'), reason: '初核', disposal: 'FURTHER_UNDERSTANDING'})
					CREATE (:Entity:Sanction {id: 'MIG-S1', type: 'REMOVAL_FROM_POST'})
					CREATE (:Entity:Sanction {id: 'MIG-S2', type: 'DISMISSAL'})""");
			for (String statement : Migrations.statements(v10.text())) {
				if (!statement.startsWith("CREATE INDEX")) {
					tx.run(statement).consume();
				}
			}
			var steps = tx
				.run("MATCH (t:__LeadTransition {leadId: 'MIG-L1'}) RETURN t.seq + ':' + t.step + ':' + t.from"
						+ " + '>' + t.to AS s ORDER BY t.seq")
				.list((r) -> r.get("s").asString());
			assertThat(steps).containsExactly("1:PROPOSE_TRANSFER:OPEN>TRANSFER_PROPOSED",
					"2:APPROVE_TRANSFER:TRANSFER_PROPOSED>TRANSFERRED",
					"3:VERIFY:TRANSFERRED>PRELIMINARY_VERIFICATION");
			var values = tx.run("""
					MATCH (l1:Lead {id: 'MIG-L1'}), (l2:Lead {id: 'MIG-L2'}), (s1:Sanction {id: 'MIG-S1'}),
					  (s2:Sanction {id: 'MIG-S2'})
					RETURN [l1.status, coalesce(l1.disposal, '-'), l2.status, s1.type, s2.type] AS v""")
				.single()
				.get("v")
				.asList((v) -> v.asString());
			assertThat(values).containsExactly("PRELIMINARY_VERIFICATION", "-", "CASE_CONCLUDED", "PARTY_POST_REMOVAL",
					"GOV_EXPULSION");
			tx.rollback();
		}
	}

	@Test
	void migrationFilesSplitIntoStatements() {
		assertThat(Migrations.statements("// c\nCREATE INDEX a;\nCREATE INDEX b\nFOR x;\n"))
			.containsExactly("CREATE INDEX a", "CREATE INDEX b\nFOR x");
	}

	static final class TestCounts {

		static long of(Cypher cypher, String query) {
			return cypher.read(query, Map.of(), (r) -> r.get(0).asLong()).get(0);
		}

	}

	/**
	 * A request's deadline shortens the timeout of the statement that runs into it, and a
	 * statement asked for after it has passed is not run at all.
	 */
	@Test
	void aStatementGetsWhatIsLeftOfTheRequestsDeadlineAndNoneStartsAfterIt() throws Exception {
		String slow = "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS c";
		long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(1);
		long start = System.nanoTime();
		Deadline.Budget budget = Deadline.open(end);
		try {
			assertThatThrownBy(() -> this.cypher.read(slow, Map.of(), (r) -> r))
				.isInstanceOf(org.neo4j.driver.exceptions.ClientException.class)
				.hasMessageContaining("timeout");
			assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
			assertThatThrownBy(() -> this.cypher.read("RETURN 1", Map.of(), (r) -> r))
				.isInstanceOf(Deadline.Passed.class);
		}
		finally {
			budget.close();
		}
		// Outside a request, the plain statement timeout.
		assertThat(this.cypher.read("RETURN 1 AS one", Map.of(), (r) -> r.get("one").asInt())).containsExactly(1);
	}

}
