package org.oversight.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.oversight.graph.Cypher;
import org.oversight.model.EntityType;
import org.oversight.model.Field;
import org.oversight.model.LinkType;
import org.oversight.model.ValueType;
import org.oversight.security.Visibility;
import org.springframework.stereotype.Component;

/**
 * Writes checked records in batches with {@code UNWIND}, inside a transaction the caller
 * owns, so a batch is written whole or not at all. Upserts are idempotent: writing the
 * same record again changes nothing and is counted as unchanged.
 */
@Component
public class EntityWriter {

	private final Cypher cypher;

	private final IdentityKey identityKey;

	public EntityWriter(Cypher cypher, IdentityKey identityKey) {
		this.cypher = cypher;
		this.identityKey = identityKey;
	}

	/**
	 * Creates or updates entities of one type.
	 * @param rows each with {@code id} and the checked values by field name; a property
	 * given as null is removed, one not given is left as it is
	 */
	public WriteCounts upsertEntities(TransactionContext tx, EntityType type, List<Map<String, Object>> rows,
			Provenance provenance, Visibility visibility) {
		WriteCounts counts = upsertNodes(tx, type, rows, provenance);
		upsertReferences(tx, type, rows, provenance, visibility);
		return counts;
	}

	/** Creates or updates the nodes only; see {@link #upsertReferences}. */
	public WriteCounts upsertNodes(TransactionContext tx, EntityType type, List<Map<String, Object>> rows,
			Provenance provenance) {
		return writeNodes(tx, type, batch(type, rows, tx), provenance);
	}

	/**
	 * Writes the relationships of the reference fields of nodes already written; a
	 * reference given as null removes the relationship.
	 */
	public void upsertReferences(TransactionContext tx, EntityType type, List<Map<String, Object>> rows,
			Provenance provenance, Visibility visibility) {
		List<Map<String, Object>> batch = referenceBatch(type, rows);
		for (Field ref : type.references()) {
			writeReference(tx, ref, batch, provenance, visibility);
		}
	}

	/**
	 * The ids and references of rows: all the reference phases need (no identifier
	 * hashing).
	 */
	private static List<Map<String, Object>> referenceBatch(EntityType type, List<Map<String, Object>> rows) {
		List<Map<String, Object>> batch = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			Map<String, Object> refs = new HashMap<>();
			for (Field field : type.references()) {
				if (row.containsKey(field.name())) {
					refs.put(field.name(), row.get(field.name()));
				}
			}
			batch.add(Map.of("id", row.get("id"), "refs", refs));
		}
		return batch;
	}

	/** The ids and stored properties of rows; references follow in their own phase. */
	private List<Map<String, Object>> batch(EntityType type, List<Map<String, Object>> rows, TransactionContext tx) {
		List<Map<String, Object>> batch = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			Map<String, Object> props = new HashMap<>();
			for (Field field : type.fields()) {
				if (!row.containsKey(field.name()) || field.isReference()) {
					continue;
				}
				Object value = row.get(field.name());
				if (field.type() == ValueType.IDENTIFIER) {
					putIdentifier(props, field, (String) value, tx);
				}
				else {
					props.put(field.name(), value);
				}
			}
			batch.add(Map.of("id", row.get("id"), "props", props));
		}
		return batch;
	}

	/**
	 * {@code idNumber} is kept as {@code idHash} and {@code idMasked}, never in clear.
	 */
	private void putIdentifier(Map<String, Object> props, Field field, String value, TransactionContext tx) {
		if (value == null) {
			return;
		}
		String stem = field.name().replaceFirst("Number$", "");
		props.put(stem + "Hash", this.identityKey.identifiers(tx).hash(value));
		props.put(stem + "Masked", Identifiers.mask(value));
	}

	private WriteCounts writeNodes(TransactionContext tx, EntityType type, List<Map<String, Object>> batch,
			Provenance provenance) {
		String query = """
				UNWIND $rows AS row
				OPTIONAL MATCH (old:Entity {id: row.id})
				WITH row, old IS NULL AS created, properties(old) AS before
				MERGE (n:Entity {id: row.id})
				ON CREATE SET n:`%s`, n.version = 0, n.source = $source, n.recordedBy = $by, n.recordedAt = datetime()
				SET n += row.props
				WITH n, created, NOT created AND before <> properties(n) AS updated
				FOREACH (_ IN CASE WHEN updated THEN [1] ELSE [] END |
				  SET n.version = n.version + 1, n.updatedBy = $by, n.updatedAt = datetime(), n.updatedSource = $source)
				RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
				       sum(CASE WHEN updated THEN 1 ELSE 0 END) AS updated, count(*) AS total""".formatted(type.kind());
		return counts(tx, query, batch, provenance);
	}

	/**
	 * Points a reference where the row says. Only links to entities the writer may see
	 * are replaced: an editor cannot cut, or learn of, a link to a lead or case hidden
	 * from them.
	 */
	private void writeReference(TransactionContext tx, Field ref, List<Map<String, Object>> batch,
			Provenance provenance, Visibility visibility) {
		String query = """
				UNWIND $rows AS row
				WITH row WHERE row.refs.`%2$s` IS NOT NULL OR '%2$s' IN keys(row.refs)
				MATCH (n:Entity {id: row.id})
				OPTIONAL MATCH (n)-[old:`%1$s`]->(t)
				WHERE (t.id <> row.refs.`%2$s` OR row.refs.`%2$s` IS NULL) AND %3$s
				DELETE old
				WITH DISTINCT n, row WHERE row.refs.`%2$s` IS NOT NULL
				MATCH (t:Entity {id: row.refs.`%2$s`})
				MERGE (n)-[r:`%1$s`]->(t)
				ON CREATE SET r.source = $source, r.recordedBy = $by, r.recordedAt = datetime()"""
			.formatted(ref.relation(), ref.name(), visibility.allows("t"));
		Map<String, Object> params = visibility
			.with(Map.of("rows", batch, "source", provenance.source(), "by", provenance.recordedBy()));
		this.cypher.list(tx, query, params, (r) -> r);
	}

	/**
	 * Creates or updates relationships of one link type.
	 * @param rows each with both ends' ids under the link's field names and the checked
	 * values
	 */
	public WriteCounts upsertLinks(TransactionContext tx, LinkType link, List<Map<String, Object>> rows,
			Provenance provenance) {
		List<Map<String, Object>> batch = linkBatch(link, rows);
		if (link.identified()) {
			// An id that moved to other accounts is rewritten, not duplicated.
			this.cypher.list(tx, """
					UNWIND $rows AS row
					MATCH (a)-[old:`%s` {id: row.key.id}]->(b) WHERE a.id <> row.from OR b.id <> row.to
					DELETE old""".formatted(link.relation()), Map.of("rows", batch), (r) -> r);
		}
		String keyMap = String.join(", ",
				(link.identified() ? List.of("id") : link.keys().stream().map(Field::name).toList()).stream()
					.map((k) -> "`" + k + "`: row.key.`" + k + "`")
					.toList());
		String query = """
				UNWIND $rows AS row
				MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
				OPTIONAL MATCH (a)-[old:`%1$s` {%2$s}]->(b)
				WITH row, a, b, old IS NULL AS created, properties(old) AS before
				MERGE (a)-[r:`%1$s` {%2$s}]->(b)
				ON CREATE SET r.source = $source, r.recordedBy = $by, r.recordedAt = datetime()
				SET r += row.props
				WITH r, created, NOT created AND before <> properties(r) AS updated
				FOREACH (_ IN CASE WHEN updated THEN [1] ELSE [] END |
				  SET r.updatedBy = $by, r.updatedAt = datetime(), r.updatedSource = $source)
				RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
				       sum(CASE WHEN updated THEN 1 ELSE 0 END) AS updated, count(*) AS total"""
			.formatted(link.relation(), keyMap);
		return counts(tx, query, batch, provenance);
	}

	/**
	 * Creates relationships known not to exist yet (an end was created by the same
	 * import, or the transfer id is new): much cheaper than {@link #upsertLinks}.
	 */
	public WriteCounts createLinks(TransactionContext tx, LinkType link, List<Map<String, Object>> rows,
			Provenance provenance) {
		String query = """
				UNWIND $rows AS row
				MATCH (a:Entity {id: row.from})
				MATCH (b:Entity {id: row.to})
				CREATE (a)-[r:`%s`]->(b)
				SET r = row.key, r += row.props, r.source = $source, r.recordedBy = $by, r.recordedAt = datetime()
				RETURN count(*) AS created, 0 AS updated, count(*) AS total""".formatted(link.relation());
		return counts(tx, query, linkBatch(link, rows), provenance);
	}

	private static List<Map<String, Object>> linkBatch(LinkType link, List<Map<String, Object>> rows) {
		List<Map<String, Object>> batch = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			Map<String, Object> key = new HashMap<>();
			Map<String, Object> props = new HashMap<>();
			link.keys().forEach((f) -> key.put(f.name(), row.get(f.name())));
			link.properties().forEach((f) -> props.put(f.name(), row.get(f.name())));
			if (link.identified()) {
				key.put("id", row.get("id"));
			}
			batch.add(Map.of("from", row.get(link.from().name()), "to", row.get(link.to().name()), "key", key, "props",
					props));
		}
		return batch;
	}

	/**
	 * Creates nodes whose ids are known not to exist yet (checked by the caller in the
	 * same import): much cheaper than {@link #upsertNodes}. Their references follow with
	 * {@link #createReferences}.
	 */
	public WriteCounts createNodes(TransactionContext tx, EntityType type, List<Map<String, Object>> rows,
			Provenance provenance) {
		String query = """
				UNWIND $rows AS row
				CREATE (n:Entity:`%s`)
				SET n = row.props, n.id = row.id, n.version = 0, n.source = $source, n.recordedBy = $by,
				    n.recordedAt = datetime()
				RETURN count(*) AS created, 0 AS updated, count(*) AS total""".formatted(type.kind());
		return counts(tx, query, batch(type, rows, tx), provenance);
	}

	/**
	 * Writes the references of nodes created by {@link #createNodes}, which have none
	 * yet.
	 */
	public void createReferences(TransactionContext tx, EntityType type, List<Map<String, Object>> rows,
			Provenance provenance) {
		List<Map<String, Object>> batch = referenceBatch(type, rows);
		for (Field ref : type.references()) {
			String query = """
					UNWIND $rows AS row
					WITH row WHERE row.refs.`%2$s` IS NOT NULL
					MATCH (n:Entity {id: row.id})
					MATCH (t:Entity {id: row.refs.`%2$s`})
					CREATE (n)-[r:`%1$s`]->(t)
					SET r.source = $source, r.recordedBy = $by, r.recordedAt = datetime()""".formatted(ref.relation(),
					ref.name());
			this.cypher.list(tx, query,
					Map.of("rows", batch, "source", provenance.source(), "by", provenance.recordedBy()), (r) -> r);
		}
	}

	/**
	 * Removes the relationships of one link type between two entities that match the key
	 * values.
	 */
	public long deleteLink(TransactionContext tx, LinkType link, String from, String to, Map<String, Object> key) {
		String query = """
				MATCH (a:Entity {id: $from})-[r:`%s`]->(b:Entity {id: $to})
				WHERE all(k IN keys($key) WHERE r[k] = $key[k])
				DELETE r RETURN count(*) AS deleted""".formatted(link.relation());
		return this.cypher.list(tx, query, Map.of("from", from, "to", to, "key", key), (r) -> r.get("deleted").asLong())
			.get(0);
	}

	private WriteCounts counts(TransactionContext tx, String query, List<Map<String, Object>> batch,
			Provenance provenance) {
		if (batch.isEmpty()) {
			return WriteCounts.NONE;
		}
		return this.cypher.list(tx, query,
				Map.of("rows", batch, "source", provenance.source(), "by", provenance.recordedBy()), (r) -> {
					long created = r.get("created").asLong();
					long updated = r.get("updated").asLong();
					return new WriteCounts(created, updated, r.get("total").asLong() - created - updated);
				})
			.get(0);
	}

}
