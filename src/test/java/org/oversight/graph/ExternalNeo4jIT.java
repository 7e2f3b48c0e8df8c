package org.oversight.graph;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oversight.algorithm.AlgorithmService;
import org.oversight.algorithm.CommunityMethod;
import org.oversight.model.DomainException;
import org.oversight.model.ErrorCode;
import org.oversight.security.Visibility;
import org.oversight.store.EntityStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The same server on an external Neo4j 5 server, chosen by configuration alone. Runs
 * where a Docker engine exists; skipped where none does.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest
class ExternalNeo4jIT {

	@Container
	static final Neo4jContainer<?> neo4j = new Neo4jContainer<>("neo4j:5.26").withAdminPassword("secret-password");

	@DynamicPropertySource
	static void external(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", () -> "secret-password");
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	Cypher cypher;

	@Autowired
	EntityStore store;

	@Test
	void runsOnTheExternalServerWithItsSchemaMigrated() {
		assertThat(this.context.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
		assertThat(this.cypher.read("SHOW CONSTRAINTS YIELD name WHERE name = 'entity_id' RETURN name", Map.of(),
				(r) -> r.get(0).asString()))
			.containsExactly("entity_id");
		assertThat(this.store.find("nothing", org.oversight.security.Visibility.ALL)).isNull();
	}

	@Autowired
	AlgorithmService algorithms;

	@Test
	void graphAlgorithmsSayThatGraphDataScienceIsMissing() {
		// The stock neo4j image has no Graph Data Science plugin.
		assertThatThrownBy(() -> this.algorithms.rings(CommunityMethod.WCC, 3, 20, null, Visibility.ALL))
			.isInstanceOfSatisfying(DomainException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo(ErrorCode.UNAVAILABLE);
				assertThat(ex.getMessage()).contains("Graph Data Science");
			});
	}

}
