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
		this.queries.validate(this.cypher);
		assertThat(this.queries.get("explore/search").header("parameters", "")).contains("kinds");
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

}
