package org.oversight.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;
import org.oversight.graph.Cypher;
import org.oversight.model.DomainException;
import org.oversight.model.EntityType;
import org.oversight.model.ErrorCode;
import org.oversight.model.Field;
import org.oversight.model.LinkType;
import org.oversight.model.Model;
import org.oversight.model.ValueType;
import org.oversight.security.Caller;
import org.oversight.security.Visibility;
import org.oversight.store.EntityWriter;
import org.oversight.store.GraphEntity;
import org.oversight.store.Problem;
import org.oversight.store.Provenance;
import org.oversight.store.References;
import org.oversight.store.Values;
import org.springframework.stereotype.Service;

/**
 * Creates, updates and links entities through the API with the same checks as the
 * importer, in one transaction each: a failed edit changes nothing. Updates quote the
 * version they read; if someone else changed the entity since, the update is refused
 * (optimistic locking).
 */
@Service
public class EntityEdits {

	private final Model model;

	private final EntityWriter writer;

	private final References references;

	private final Cypher cypher;

	EntityEdits(Model model, EntityWriter writer, References references, Cypher cypher) {
		this.model = model;
		this.writer = writer;
		this.references = references;
		this.cypher = cypher;
	}

	public GraphEntity create(String kind, Map<String, Object> input, Caller caller) {
		EntityType type = editable(kind);
		EditRights.requireForEntity(caller, type, input);
		String id = (String) input.get("id");
		if (id == null || id.isBlank()) {
			throw new DomainException(ErrorCode.VALIDATION, "id", "a value is required");
		}
		id = id.strip();
		String problem = Values.idProblem(id);
		if (problem != null) {
			throw new DomainException(ErrorCode.VALIDATION, "id", problem);
		}
		Map<String, Object> values = checked(type.fields(), input, true);
		checkReferences(type.fields(), values, caller.visibility());
		if (this.references.kinds(List.of(id)).containsKey(id)) {
			// Named without its kind: the entity may be one the caller may not see.
			throw taken(id);
		}
		values.put("id", id);
		return write(type, values, caller, null);
	}

	public GraphEntity update(String kind, String id, int expectedVersion, Map<String, Object> input, Caller caller) {
		EntityType type = editable(kind);
		EditRights.requireForEntity(caller, type, input);
		Map<String, Object> values = checked(type.fields(), input, false);
		checkReferences(type.fields(), values, caller.visibility());
		values.put("id", id);
		return write(type, values, caller, expectedVersion);
	}

	/** A kind the generic edits may write: not one whose lifecycle a feature controls. */
	private EntityType editable(String kind) {
		if (this.model.controlled(kind)) {
			throw DomainException.badRequest("kind", kind
					+ " is written only through its workflow (e.g. postLead, transitionLead, openCase, addRectificationTask)");
		}
		return this.model.requireEntity(kind);
	}

	private GraphEntity write(EntityType type, Map<String, Object> values, Caller caller, Integer expectedVersion) {
		Provenance provenance = new Provenance("api", caller.name());
		String id = (String) values.get("id");
		return this.cypher.inWrite((tx) -> {
			if (expectedVersion != null) {
				lock(tx, type, id, expectedVersion, caller.visibility());
			}
			if (expectedVersion == null) {
				create(tx, type, values, provenance);
			}
			else {
				this.writer.upsertEntities(tx, type, List.of(values), provenance, caller.visibility());
			}
			return this.cypher
				.list(tx, "MATCH (n:Entity {id: $id}) RETURN n", Map.of("id", id), (r) -> GraphEntity.of(r.get("n")))
				.get(0);
		});
	}

	/**
	 * Writes a new entity with CREATE, so that the unique id constraint, not a check made
	 * earlier, refuses an id someone took in the meantime.
	 */
	private void create(TransactionContext tx, EntityType type, Map<String, Object> values, Provenance provenance) {
		try {
			this.writer.createNodes(tx, type, List.of(values), provenance);
		}
		catch (org.neo4j.driver.exceptions.ClientException ex) {
			if (String.valueOf(ex.code()).contains("ConstraintValidationFailed")) {
				throw taken((String) values.get("id"));
			}
			throw ex;
		}
		this.writer.createReferences(tx, type, List.of(values), provenance);
	}

	private static DomainException taken(String id) {
		return new DomainException(ErrorCode.CONFLICT, "id", "'" + id + "' is already taken");
	}

	/**
	 * Takes the write lock on the entity and checks nobody changed it since it was read.
	 */
	private void lock(TransactionContext tx, EntityType type, String id, int expectedVersion, Visibility visibility) {
		List<Object[]> found = this.cypher.list(tx,
				"MATCH (n:Entity {id: $id}) WHERE " + visibility.allows("n") + " SET n._lock = true REMOVE n._lock"
						+ " RETURN n.version AS version, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind",
				visibility.with(Map.of("id", id)),
				(r) -> new Object[] { r.get("version").asInt(0), r.get("kind").asString() });
		if (found.isEmpty() || !type.kind().equals(found.get(0)[1])) {
			throw DomainException.notFound("id", id);
		}
		int version = (int) found.get(0)[0];
		if (version != expectedVersion) {
			throw new DomainException(ErrorCode.CONFLICT, "expectedVersion", "'" + id + "' is at version " + version
					+ ", not " + expectedVersion + ": someone changed it since you read it; reload and retry");
		}
	}

	public int link(Map<String, Object> input, Caller caller, boolean remove) {
		LinkType link = linkOf((String) input.get("kind"));
		EditRights.requireForLink(caller, link);
		Map<String, Object> raw = new HashMap<>();
		raw.put(link.from().name(), input.get("from"));
		raw.put(link.to().name(), input.get("to"));
		List<Field> fields = new ArrayList<>(link.columns());
		if (link.identified()) {
			raw.put("id", input.get("id"));
			fields.add(0, Field.text("id").required());
		}
		readValues(link, input, raw);
		Map<String, Object> values = checked(fields, raw, !remove);
		checkReferences(fields, values, caller.visibility());
		if (remove) {
			Map<String, Object> key = new HashMap<>();
			link.keys().forEach((f) -> {
				if (values.get(f.name()) != null) {
					key.put(f.name(), values.get(f.name()));
				}
			});
			return (int) (long) this.cypher.inWrite((tx) -> this.writer.deleteLink(tx, link,
					(String) values.get(link.from().name()), (String) values.get(link.to().name()), key));
		}
		var counts = this.cypher
			.inWrite((tx) -> this.writer.upsertLinks(tx, link, List.of(values), new Provenance("api", caller.name())));
		return (int) (counts.created() + counts.updated());
	}

	private void readValues(LinkType link, Map<String, Object> input, Map<String, Object> raw) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> given = (List<Map<String, Object>>) input.getOrDefault("values", List.of());
		for (Map<String, Object> v : (given != null) ? given : List.<Map<String, Object>>of()) {
			String name = (String) v.get("field");
			Field field = link.valueFields()
				.stream()
				.filter((f) -> f.name().equals(name) || f.column().equals(name))
				.findFirst()
				.orElseThrow(() -> DomainException.badRequest("values", "'" + name + "' is not a field of "
						+ link.file() + "; allowed: " + link.valueFields().stream().map(Field::name).toList()));
			raw.put(field.name(), v.get("value"));
		}
	}

	private LinkType linkOf(String kind) {
		String file = switch (kind) {
			case "POSITION" -> "positions.csv";
			case "RELATION" -> "relations.csv";
			case "COMPANY_ROLE" -> "company_roles.csv";
			case "JOINT_ROUND" -> "joint_rounds.csv";
			case "TEAM_MEMBER" -> "team_members.csv";
			case "TEAM_TARGET" -> "team_targets.csv";
			case "POOL_MEMBER" -> "pool_members.csv";
			case "FINDING_LINK" -> "finding_links.csv";
			case "LEAD_LINK" -> "lead_links.csv";
			case "CASE_SUBJECT" -> "case_subjects.csv";
			case "CASE_LEADER" -> "case_leaders.csv";
			case "LEAD_SHARE" -> "lead_shares.csv";
			case "BID" -> "bids.csv";
			case "TRANSFER" -> "transfers.csv";
			case "HOUSEHOLD_MEMBER" -> "household_members.csv";
			case "SUBSIDY" -> "subsidies.csv";
			default -> throw DomainException.badRequest("kind", "Unknown link kind " + kind);
		};
		return this.model.linkByFile(file).orElseThrow();
	}

	private static Map<String, Object> checked(List<Field> fields, Map<String, Object> input, boolean complete) {
		Values.Checked checked = Values.check(fields, input, complete, false);
		if (!checked.problems().isEmpty()) {
			Problem first = checked.problems().get(0);
			String all = checked.problems()
				.stream()
				.map((p) -> p.field() + ": " + p.reason())
				.reduce((a, b) -> a + "; " + b)
				.orElse("");
			throw new DomainException(ErrorCode.VALIDATION, first.field(), all);
		}
		return new HashMap<>(checked.values());
	}

	private void checkReferences(List<Field> fields, Map<String, Object> values, Visibility visibility) {
		Set<String> ids = new HashSet<>();
		fields.stream()
			.filter((f) -> f.type() == ValueType.REFERENCE && values.get(f.name()) != null)
			.forEach((f) -> ids.add((String) values.get(f.name())));
		Map<String, String> kinds = this.references.kinds(ids, visibility);
		for (Field f : fields) {
			Object id = values.get(f.name());
			if (f.type() == ValueType.REFERENCE && id != null) {
				String problem = References.problem((String) id, kinds.get(id), f.targets());
				if (problem != null) {
					throw new DomainException(ErrorCode.VALIDATION, f.name(), problem);
				}
			}
		}
	}

}
