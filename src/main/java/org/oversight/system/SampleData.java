package org.oversight.system;

import java.util.Map;

import org.oversight.graph.Cypher;
import org.oversight.graph.DatabaseReady;
import org.oversight.ingest.Bundle;
import org.oversight.ingest.ImportOptions;
import org.oversight.ingest.ImportProgress;
import org.oversight.ingest.ImportReport;
import org.oversight.ingest.Importer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads the sample city (packaged from {@code import/sample/}) into an empty database
 * before the server takes requests, so the first query already has data. In demo mode a
 * database holding other data stops the start instead.
 */
@Component
class SampleData implements SmartInitializingSingleton {

	static final String LOCATION = "import/sample";

	private static final Logger log = LoggerFactory.getLogger(SampleData.class);

	private final Importer importer;

	private final org.oversight.security.UserService users;

	private final Cypher cypher;

	private final boolean enabled;

	private final boolean demo;

	SampleData(Importer importer, org.oversight.security.UserService users, Cypher cypher, DatabaseReady ready,
			@Value("${oversight.load-sample:true}") boolean enabled, @Value("${oversight.demo:false}") boolean demo) {
		this.importer = importer;
		this.users = users;
		this.cypher = cypher;
		this.enabled = enabled;
		this.demo = demo;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!this.enabled) {
			return;
		}
		long[] counts = this.cypher
			.read("""
					MATCH (n:Entity)
					RETURN count(n) AS entities, count(CASE WHEN n.source = $source THEN 1 END) AS sample""",
					Map.of("source", ImportSource.SAMPLE),
					(r) -> new long[] { r.get("entities").asLong(), r.get("sample").asLong() })
			.get(0);
		long entities = counts[0];
		long sample = counts[1];
		if (entities > 0) {
			if (this.demo && sample < entities) {
				throw new IllegalStateException("demo refuses to start: the database holds " + (entities - sample)
						+ " entities that are not the sample's; use serve, or another --data-dir");
			}
			log.info("Database holds {} entities; sample not loaded", entities);
			return;
		}
		ImportReport report = this.importer.run(Bundle.ofClasspath(LOCATION),
				ImportOptions.defaults(ImportSource.SAMPLE), ImportProgress.NONE);
		if (!report.ok()) {
			report.errors().forEach((e) -> log.error("sample: {}", e));
			throw new IllegalStateException("The packaged sample dataset does not load; see the errors above");
		}
		log.info("Sample city loaded: {} rows in {} ms", report.rows(), report.elapsed().toMillis());
		if (this.demo) {
			addDemoUsers();
		}
	}

	/** The provenance of the sample's records. */
	static final class ImportSource {

		static final String SAMPLE = "sample:黔安市";

		private ImportSource() {
		}

	}

	/**
	 * The demo users of {@code import/sample/demo-users.json}, for the demo command only.
	 */
	private void addDemoUsers() {
		try (var in = new org.springframework.core.io.ClassPathResource(LOCATION + "/demo-users.json")
			.getInputStream()) {
			var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
			for (var user : json.get("users")) {
				this.users.save(user.get("name").asText(), user.get("password").asText(),
						org.oversight.security.Role.valueOf(user.get("role").asText()), text(user, "person"),
						text(user, "committee"), text(user, "org"));
			}
			log.info("Demo users added: {}", json.get("users").size());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static String text(com.fasterxml.jackson.databind.JsonNode node, String field) {
		return node.hasNonNull(field) ? node.get(field).asText() : null;
	}

}
