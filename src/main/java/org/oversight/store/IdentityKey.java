package org.oversight.store;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.oversight.graph.Cypher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key of the identifier hashes: {@code oversight.identity-key} when configured
 * (recommended: keep it out of the database), else one generated once and kept in the
 * database, so every import hashes the same number the same way.
 */
@Component
public class IdentityKey {

	private final Cypher cypher;

	private final String configured;

	private volatile Identifiers identifiers;

	public IdentityKey(Cypher cypher, @Value("${oversight.identity-key:}") String configured) {
		this.cypher = cypher;
		this.configured = configured;
	}

	Identifiers identifiers(TransactionContext tx) {
		if (this.identifiers == null) {
			this.identifiers = new Identifiers(this.configured.isBlank() ? stored(tx) : this.configured);
		}
		return this.identifiers;
	}

	private String stored(TransactionContext tx) {
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		List<String> key = this.cypher.list(tx, """
				MERGE (s:__Settings {name: 'identity'})
				ON CREATE SET s.key = $fresh
				RETURN s.key AS key""", Map.of("fresh", HexFormat.of().formatHex(fresh)),
				(r) -> r.get("key").asString());
		return key.get(0);
	}

}
