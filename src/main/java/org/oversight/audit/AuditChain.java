package org.oversight.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.oversight.graph.Cypher;
import org.oversight.graph.DatabaseReady;
import org.springframework.stereotype.Component;

/**
 * Makes the audit trail tamper-evident: every record carries its place in the chain
 * ({@code seq}), the hash of the record before it ({@code prev}) and its own
 * {@code hash}, a SHA-256 over its canonical form and {@code prev}. The chain head
 * {@code (:__AuditHead {id: 'audit'})} holds the last {@code seq} and {@code hash}; an
 * append locks the head in the same transaction, so concurrent appends queue up and never
 * fork the chain. Records written before the chain existed (no {@code hash}) are sealed
 * when the head is created: their digest becomes the chain's first {@code prev}, so
 * changing, adding or removing one of them is detected too.
 */
@Component
public class AuditChain {

	static final String HEAD_ID = "audit";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Cypher cypher;

	AuditChain(Cypher cypher, DatabaseReady ready) {
		this.cypher = cypher;
		this.cypher.inWrite((tx) -> {
			ensureHead(tx);
			return null;
		});
	}

	/** Appends one record to the chain, in its own transaction. */
	void append(String user, String operation, List<String> entities, String outcome, String remote) {
		MutationJournal.aside(() -> this.cypher.inWrite((tx) -> {
			appendIn(tx, user, operation, entities, outcome, remote);
			return null;
		}));
	}

	/** Appends one record to the chain in a transaction already open. */
	void appendIn(TransactionContext tx, String user, String operation, List<String> entities, String outcome,
			String remote) {
		// Lock the head first: whoever holds it appends next; the others wait here.
		this.cypher.list(tx, "MATCH (h:__AuditHead {id: $id}) SET h.lock = true", Map.of("id", HEAD_ID), (r) -> r);
		Value head = this.cypher
			.list(tx, "MATCH (h:__AuditHead {id: $id}) RETURN h", Map.of("id", HEAD_ID), (r) -> r.get("h"))
			.get(0);
		long seq = head.get("seq").asLong() + 1;
		String prev = head.get("hash").asString();
		ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC);
		Entry entry = new Entry(seq, at, user, operation, entities, outcome, remote);
		String hash = hash(entry.canonical(), prev);
		Map<String, Object> params = new HashMap<>();
		params.put("id", HEAD_ID);
		params.put("seq", seq);
		params.put("at", at);
		params.put("user", user);
		params.put("operation", operation);
		params.put("entities", entities);
		params.put("outcome", outcome);
		params.put("remote", remote);
		params.put("prev", prev);
		params.put("hash", hash);
		this.cypher.list(tx, """
				MATCH (h:__AuditHead {id: $id})
				CREATE (:__Audit {seq: $seq, at: $at, user: $user, operation: $operation, entities: $entities,
				  outcome: $outcome, remote: $remote, prev: $prev, hash: $hash})
				SET h.seq = $seq, h.hash = $hash, h.lock = null""", params, (r) -> r);
	}

	/**
	 * Checks the whole trail: the records from before the chain against their seal, then
	 * every chained record in order against its hash, its predecessor and the head.
	 */
	public Verification verify() {
		return this.cypher.inLongRead((tx) -> {
			List<Value> heads = this.cypher.list(tx, "MATCH (h:__AuditHead {id: $id}) RETURN h", Map.of("id", HEAD_ID),
					(r) -> r.get("h"));
			long chainedCount = this.cypher
				.list(tx, "MATCH (a:__Audit) WHERE a.hash IS NOT NULL RETURN count(a) AS c", Map.of(),
						(r) -> r.get("c").asLong())
				.get(0);
			if (heads.size() != 1) {
				return Verification.broken(0, chainedCount, 0,
						(heads.isEmpty() ? "the chain head (:__AuditHead) is missing"
								: "there are " + heads.size() + " chain heads (:__AuditHead)"));
			}
			Value head = heads.get(0);
			Seal seal = seal(tx);
			long legacyCount = head.get("legacyCount").asLong(0);
			if (seal.count() != legacyCount || !seal.hash().equals(head.get("legacyHash").asString())) {
				return Verification.broken(0, chainedCount, seal.count(),
						"the records from before the chain were changed: %d sealed, %d now, or their content differs"
							.formatted(legacyCount, seal.count()));
			}
			return walk(tx, head, legacyCount);
		});
	}

	private Verification walk(TransactionContext tx, Value head, long legacy) {
		long last = head.get("seq").asLong();
		String expectedPrev = head.get("legacyHash").asString();
		long expectedSeq = 1;
		long count = 0;
		var records = tx.run("MATCH (a:__Audit) WHERE a.hash IS NOT NULL RETURN a ORDER BY a.seq");
		while (records.hasNext()) {
			Value a = records.next().get("a");
			long seq = a.get("seq").asLong(-1);
			if (seq > last) {
				return Verification.broken(seq, count, legacy,
						"%s comes after the chain head (#%d): it was not appended by the application"
							.formatted(describe(a), last));
			}
			if (seq != expectedSeq) {
				return Verification.broken(expectedSeq, count, legacy,
						(seq < expectedSeq) ? describe(a) + " appears twice in the chain"
								: "audit record #%d is missing (the chain goes from #%d to #%d)".formatted(expectedSeq,
										expectedSeq - 1, seq));
			}
			String hash = hash(Entry.of(a).canonical(), a.get("prev").asString(null));
			if (!expectedPrev.equals(a.get("prev").asString(null))) {
				return Verification.broken(seq, count, legacy,
						describe(a) + " does not follow #" + (seq - 1) + ": its link to the record before was changed");
			}
			if (!hash.equals(a.get("hash").asString())) {
				return Verification.broken(seq, count, legacy,
						describe(a) + " was changed after it was written: its content no longer matches its hash");
			}
			expectedPrev = hash;
			expectedSeq++;
			count++;
		}
		if (count != last) {
			return Verification.broken(count + 1, count, legacy,
					"audit record #%d is missing (the chain head says #%d)".formatted(count + 1, last));
		}
		if (!expectedPrev.equals(head.get("hash").asString())) {
			return Verification.broken(last, count, legacy, "the chain head does not match audit record #" + last);
		}
		return new Verification(true, count, legacy, 0, "OK");
	}

	private static String describe(Value a) {
		return "audit record #%d (%s %s %s)".formatted(a.get("seq").asLong(-1), instant(a.get("at")),
				a.get("user").asString(null), a.get("operation").asString(null));
	}

	/**
	 * Creates the head on a database that has none, sealing the records already there.
	 */
	private void ensureHead(TransactionContext tx) {
		if (!this.cypher.list(tx, "MATCH (h:__AuditHead {id: $id}) RETURN h.seq", Map.of("id", HEAD_ID), (r) -> r)
			.isEmpty()) {
			return;
		}
		Seal seal = seal(tx);
		this.cypher.list(tx, """
				MERGE (h:__AuditHead {id: $id})
				ON CREATE SET h.seq = 0, h.hash = $hash, h.legacyCount = $count, h.legacyHash = $hash,
				  h.startedAt = datetime()""", Map.of("id", HEAD_ID, "hash", seal.hash(), "count", seal.count()),
				(r) -> r);
	}

	/** The digest of the records without a hash, in a fixed order. */
	private Seal seal(TransactionContext tx) {
		List<String> canonical = new ArrayList<>(this.cypher.list(tx, "MATCH (a:__Audit) WHERE a.hash IS NULL RETURN a",
				Map.of(), (r) -> Entry.of(r.get("a")).canonical()));
		canonical.sort(Comparator.naturalOrder());
		String hash = "";
		for (String record : canonical) {
			hash = hash(record, hash);
		}
		return new Seal(canonical.size(), hash);
	}

	static String hash(String canonical, String prev) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(canonical.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) '\n');
			digest.update(String.valueOf(prev).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String instant(Value at) {
		return at.isNull() ? "" : at.asZonedDateTime().toInstant().toString();
	}

	private record Seal(long count, String hash) {
	}

	/** What the hash covers, in one canonical form. */
	private record Entry(long seq, Object at, String user, String operation, List<String> entities, String outcome,
			String remote) {

		static Entry of(Value a) {
			return new Entry(a.get("seq").asLong(0), instant(a.get("at")), a.get("user").asString(null),
					a.get("operation").asString(null),
					a.get("entities").isNull() ? List.of() : a.get("entities").asList(Value::asString),
					a.get("outcome").asString(null), a.get("remote").asString(null));
		}

		Entry(long seq, ZonedDateTime at, String user, String operation, List<String> entities, String outcome,
				String remote) {
			this(seq, (Object) at.toInstant().toString(), user, operation, entities, outcome, remote);
		}

		/**
		 * A JSON array in a fixed order: the same record always gives the same bytes.
		 */
		String canonical() {
			try {
				return JSON.writeValueAsString(
						Arrays.asList("oversight-audit-v1", this.seq, this.at, this.user, this.operation,
								(this.entities != null) ? this.entities : List.of(), this.outcome, this.remote));
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/**
	 * The outcome of {@link #verify()}.
	 *
	 * @param ok whether the whole trail checks out
	 * @param chained how many chained records were checked and found intact
	 * @param beforeChain how many records from before the chain are sealed by it
	 * @param firstBroken the {@code seq} of the first broken record, 0 when none (or the
	 * seal or head is at fault)
	 * @param message "OK", or what is wrong, naming the record
	 */
	public record Verification(boolean ok, long chained, long beforeChain, long firstBroken, String message) {

		static Verification broken(long seq, long chained, long beforeChain, String message) {
			return new Verification(false, chained, beforeChain, seq, message);
		}

		/** One line for a terminal. */
		public String line() {
			if (this.ok) {
				return "Audit trail OK: %d record(s) chained%s".formatted(this.chained, (this.beforeChain > 0)
						? ", %d record(s) from before the chain sealed by its first hash".formatted(this.beforeChain)
						: "");
			}
			return "Audit trail BROKEN: " + this.message;
		}

	}

}
