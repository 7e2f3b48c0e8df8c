package org.oversight.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the schema migrations of {@code graph-model/migrations/} in version order, each
 * once, to the embedded or external database alike. The format is that of
 * neo4j-migrations ({@code V0001__Description.cypher}, statements ended by {@code ;}); an
 * applied migration whose file changed afterwards stops the start, because migrations are
 * immutable once landed.
 */
@Component
public class Migrations {

	private static final Logger log = LoggerFactory.getLogger(Migrations.class);

	private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

	private final Cypher cypher;

	public Migrations(Cypher cypher) {
		this.cypher = cypher;
	}

	/** One migration file. */
	record Migration(int version, String description, String text, String checksum) {
	}

	/** Applies what is pending and returns how many were applied. */
	public int apply() {
		List<Migration> all = load();
		Map<Integer, String> applied = appliedChecksums();
		int count = 0;
		for (Migration migration : all) {
			String known = applied.get(migration.version());
			if (known == null) {
				run(migration);
				count++;
			}
			else if (!known.equals(migration.checksum())) {
				throw new IllegalStateException(
						"Migration V%04d (%s) changed after it was applied; add a new migration instead"
							.formatted(migration.version(), migration.description()));
			}
		}
		log.info("Schema at version {} ({} migration(s) applied now)",
				all.isEmpty() ? 0 : all.get(all.size() - 1).version(), count);
		return count;
	}

	private void run(Migration migration) {
		for (String statement : statements(migration.text())) {
			this.cypher.schema(statement);
		}
		this.cypher.write("""
				CREATE (m:__Migration {version: $version, description: $description, checksum: $checksum,
				  installedOn: datetime()})""", Map.of("version", migration.version(), "description",
				migration.description(), "checksum", migration.checksum()), (r) -> r);
		log.info("Applied migration V{} {}", migration.version(), migration.description());
	}

	private Map<Integer, String> appliedChecksums() {
		Map<Integer, String> applied = new java.util.HashMap<>();
		this.cypher.read("MATCH (m:__Migration) RETURN m.version AS version, m.checksum AS checksum", Map.of(),
				(r) -> applied.put(r.get("version").asInt(), r.get("checksum").asString()));
		return applied;
	}

	static List<Migration> load() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:graph-model/migrations/V*.cypher");
			List<Migration> migrations = new ArrayList<>();
			for (Resource resource : resources) {
				Matcher m = NAME.matcher(resource.getFilename());
				if (!m.matches()) {
					throw new IllegalStateException(
							"Migration file name not of the form V0001__Name.cypher: " + resource.getFilename());
				}
				String text = resource.getContentAsString(StandardCharsets.UTF_8);
				migrations
					.add(new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), text, sha256(text)));
			}
			migrations.sort(Comparator.comparingInt(Migration::version));
			return migrations;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Splits a file into statements at semicolons that end a line; comment lines are
	 * dropped.
	 */
	static List<String> statements(String text) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("//") || trimmed.isEmpty()) {
				continue;
			}
			current.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				String statement = current.toString().strip();
				statements.add(statement.substring(0, statement.length() - 1));
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().strip());
		}
		return statements;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
