package org.oversight.rectification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.model.EntityType;
import org.oversight.model.LinkType;
import org.oversight.security.Caller;
import org.oversight.store.EntityWriter;
import org.oversight.store.GraphEntity;
import org.oversight.store.Provenance;
import org.springframework.stereotype.Component;

/**
 * The ledger's one way to write: typed rows handed to the model kernel's
 * {@link EntityWriter}, which stamps provenance and versions, inside a transaction the
 * ledger owns (its checks and its write see the same state). No Cypher of its own writes
 * here.
 */
@Component
class LedgerWriter {

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final EntityWriter writer;

	LedgerWriter(Cypher cypher, QueryCatalogue queries, EntityWriter writer) {
		this.cypher = cypher;
		this.queries = queries;
		this.writer = writer;
	}

	/**
	 * A new entity. Written with CREATE, so that the unique id constraint, not only the
	 * check made before, refuses an id someone took in the meantime.
	 */
	void create(TransactionContext tx, EntityType type, Map<String, Object> row, Caller caller) {
		List<Map<String, Object>> rows = List.of(checked(type, row));
		try {
			this.writer.createNodes(tx, type, rows, provenance(caller));
		}
		catch (ClientException ex) {
			if (String.valueOf(ex.code()).contains("ConstraintValidationFailed")) {
				throw DomainException.badRequest("id", "The id '" + row.get("id") + "' is taken");
			}
			throw ex;
		}
		this.writer.createReferences(tx, type, rows, provenance(caller));
	}

	/**
	 * Changes the fields given (null removes a value), bumping the version when anything
	 * changed.
	 */
	void change(TransactionContext tx, EntityType type, Map<String, Object> row, Caller caller) {
		this.writer.upsertEntities(tx, type, List.of(checked(type, row)), provenance(caller), caller.visibility());
	}

	/** Creates or updates one link row (keyed by its ends and key columns). */
	void link(TransactionContext tx, LinkType link, Map<String, Object> row, Caller caller) {
		this.writer.upsertLinks(tx, link, List.of(row), provenance(caller));
	}

	GraphEntity read(TransactionContext tx, String id) {
		return this.cypher
			.list(tx, this.queries.text("rectification/entity"), Map.of("id", id), (r) -> GraphEntity.of(r.get("n")))
			.get(0);
	}

	private static Provenance provenance(Caller caller) {
		return new Provenance("api", caller.name());
	}

	/**
	 * The row with every key a field of the type: a typo in the ledger fails here, not as
	 * a stray property.
	 */
	private static Map<String, Object> checked(EntityType type, Map<String, Object> row) {
		for (String key : row.keySet()) {
			if (!key.equals("id") && type.field(key).isEmpty()) {
				throw new IllegalArgumentException(type.kind() + " has no field " + key);
			}
		}
		return new LinkedHashMap<>(row);
	}

}
