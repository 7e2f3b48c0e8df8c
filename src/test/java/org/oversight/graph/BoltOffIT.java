package org.oversight.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.oversight.GraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code oversight.bolt.enabled=false}: the server works as ever, through a Bolt
 * connector no other process can sign in to (a random loopback port, a password made for
 * this run and found nowhere on disk), and a password kept from a start with Bolt on
 * opens nothing any more.
 */
@GraphTest
@TestPropertySource(properties = { "oversight.bolt.enabled=false", "oversight.bolt.port=7697",
		"oversight.bolt.password=a-configured-password",
		// Not what this test is about: the check of every query at start, on a loaded
		// machine.
		"oversight.limits.query-timeout=10m" })
class BoltOffIT {

	@Autowired
	EmbeddedNeo4j embedded;

	@Autowired
	OversightProperties properties;

	@Autowired
	HttpGraphQlTester graphQl;

	@TempDir
	Path dir;

	@Test
	void theServerWorksThroughAConnectorClosedToOthers() throws IOException {
		this.graphQl.document("{ organizations(first: 1) { totalCount } }")
			.execute()
			.path("organizations.totalCount")
			.entity(Integer.class)
			.satisfies((count) -> assertThat(count).isNotNegative());
		assertThat(this.embedded.boltUri()).startsWith("bolt://127.0.0.1:").isNotEqualTo("bolt://127.0.0.1:7697");
		assertThat(this.embedded.password()).isNotEqualTo("a-configured-password");
		try (Driver driver = GraphDatabase.driver(this.embedded.boltUri(),
				AuthTokens.basic("neo4j", "a-configured-password"))) {
			assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
		}
		Path data = this.properties.dataDir();
		assertThat(data.resolve("bolt-password")).doesNotExist();
		assertThat(filesHolding(data, this.embedded.password())).isEmpty();
	}

	@Test
	void aPasswordKeptWhileBoltWasOnOpensNothingOnceItIsOff() {
		Path data = this.dir.resolve("db");
		String kept;
		try (EmbeddedNeo4j on = EmbeddedNeo4j.start(settings(data, true))) {
			kept = on.password();
			assertThat(data.resolve("bolt-password")).hasContent(kept);
		}
		try (EmbeddedNeo4j off = EmbeddedNeo4j.start(settings(data, false))) {
			assertThat(data.resolve("bolt-password")).doesNotExist();
			assertThat(data.resolve("bolt-password.applied")).doesNotExist();
			try (Driver driver = GraphDatabase.driver(off.boltUri(), AuthTokens.basic("neo4j", kept))) {
				assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
			}
			try (Driver driver = GraphDatabase.driver(off.boltUri(), AuthTokens.basic("neo4j", off.password()))) {
				assertThat(driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt())
					.isOne();
			}
		}
		// On again: a new password is kept, and it is the one that works.
		try (EmbeddedNeo4j on = EmbeddedNeo4j.start(settings(data, true))) {
			assertThat(on.password()).isNotEqualTo(kept);
			try (Driver driver = GraphDatabase.driver(on.boltUri(), AuthTokens.basic("neo4j", on.password()))) {
				driver.verifyConnectivity();
			}
		}
	}

	private static OversightProperties settings(Path data, boolean bolt) {
		return new OversightProperties(data, new OversightProperties.Bolt(0, "127.0.0.1", true, null, bolt), "32m",
				null);
	}

	/** The files under a folder whose bytes hold a text. */
	private static List<Path> filesHolding(Path folder, String text) throws IOException {
		byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).filter((f) -> {
				try {
					return indexOf(Files.readAllBytes(f), needle) >= 0;
				}
				catch (IOException ex) {
					return false;
				}
			}).toList();
		}
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
