package org.oversight.investigation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.neo4j.driver.TransactionContext;
import org.oversight.audit.AuditLog;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.model.ErrorCode;
import org.oversight.security.Caller;
import org.oversight.security.Role;
import org.oversight.store.Page;
import org.oversight.store.References;
import org.springframework.stereotype.Service;

/**
 * Saving, reopening, listing, updating, sharing and deleting investigations. Who may read
 * one: its owner, administrators, and inspectors bound to a person who is a member of a
 * team it is shared with; to anyone else it does not exist (NOT_FOUND, as for an unknown
 * id). Who may change, share or delete it: its owner and administrators. What a reader
 * gets of it: {@link NeedToKnow}. Reads and saves are written to the audit trail here;
 * the other changes by the mutation's own audit record.
 */
@Service
public class Investigations {

	static final int MAX_NAME = 200;

	static final int MAX_NOTE = 10_000;

	static final int MAX_NODE_NOTE = 2_000;

	static final int MAX_SHORT = 100;

	static final int MAX_NODES = 5_000;

	static final int MAX_QUERIES = 200;

	static final int MAX_VARIABLES = 20_000;

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final NeedToKnow needToKnow;

	private final References references;

	private final AuditLog audit;

	Investigations(Cypher cypher, QueryCatalogue queries, NeedToKnow needToKnow, References references,
			AuditLog audit) {
		this.cypher = cypher;
		this.queries = queries;
		this.needToKnow = needToKnow;
		this.references = references;
		this.audit = audit;
	}

	/** Saves a new investigation owned by the caller. */
	public Investigation save(InvestigationInput input, Caller caller) {
		requireUser(caller);
		Content content = Content.check(input);
		requireVisible(content, caller);
		String id = "INV-" + UUID.randomUUID();
		Stored stored = this.cypher.inWrite((tx) -> write(tx, id, content, caller.name(), null));
		this.audit.record(caller.name(), "investigation-saved", List.of(id), "ok", caller.remote());
		return this.needToKnow.view(stored, caller.visibility(), true);
	}

	/**
	 * Replaces what is drawn, if nobody changed it since {@code expectedVersion}
	 * (CONFLICT otherwise). What names an entity hidden from the caller stays as it was:
	 * they could neither see it nor send it back.
	 */
	public Investigation update(String id, int expectedVersion, InvestigationInput input, Caller caller) {
		requireUser(caller);
		Content content = Content.check(input);
		requireVisible(content, caller);
		Stored stored = this.cypher.inWrite((tx) -> {
			Stored current = editable(tx, id, caller);
			if (current.version() != expectedVersion) {
				throw new DomainException(ErrorCode.CONFLICT, "expectedVersion", "Investigation '" + id
						+ "' is at version " + current.version() + ", not " + expectedVersion + "; reopen it");
			}
			NeedToKnow.Hidden hidden = this.needToKnow.hidden(current, caller.visibility());
			Stored written = write(tx, id, content.keeping(hidden), caller.name(), expectedVersion);
			if (written == null) {
				throw new DomainException(ErrorCode.CONFLICT, "expectedVersion",
						"Investigation '" + id + "' was changed meanwhile; reopen it");
			}
			return written;
		});
		return this.needToKnow.view(stored, caller.visibility(), true);
	}

	/**
	 * The investigation as the caller may see it; NOT_FOUND when they may not read it.
	 */
	public Investigation open(String id, Caller caller) {
		requireUser(caller);
		Stored stored = this.cypher.inRead((tx) -> readable(tx, id, caller));
		if (stored == null) {
			this.audit.record(caller.name(), "investigation-read", List.of(String.valueOf(id)), "refused: NOT_FOUND",
					caller.remote());
			throw notFound(id);
		}
		this.audit.record(caller.name(), "investigation-read", List.of(id), "ok", caller.remote());
		return this.needToKnow.view(stored, caller.visibility(), mayEdit(stored, caller));
	}

	/** The investigations the caller may read, newest change first. */
	public List<Investigation.Summary> list(Investigation.Scope scope, Page page, Caller caller) {
		requireUser(caller);
		Map<String, Object> params = access(caller);
		params.put("mine", scope == Investigation.Scope.MINE);
		params.put("shared", scope == Investigation.Scope.SHARED);
		params.put("offset", page.offset());
		params.put("size", page.size());
		var visibility = caller.visibility();
		return this.cypher.read(this.queries.text("investigation/list", visibility::allows), visibility.with(params),
				(r) -> {
					var i = r.get("i");
					String owner = i.get("owner").asString();
					return new Investigation.Summary(i.get("id").asString(), i.get("name").asString(), owner,
							i.get("version").asInt(), i.get("updatedAt").asZonedDateTime().toString(),
							r.get("nodeCount").asInt(), i.get("sharedWith").asList(org.neo4j.driver.Value::asString),
							owner.equals(caller.name()) || caller.visibility().role() == Role.ADMIN);
				});
	}

	/** Deletes it (owner or administrator). */
	public boolean delete(String id, Caller caller) {
		requireUser(caller);
		return this.cypher.inWrite((tx) -> {
			editable(tx, id, caller);
			return this.cypher.list(tx, this.queries.text("investigation/delete"), Map.of("id", id), (r) -> r)
				.size() > 0;
		});
	}

	/**
	 * Shares it with an inspection team (owner or administrator); sharing again changes
	 * nothing. Sharing lets the team's members read it and nothing more: what they get of
	 * it is still cut to what they may see.
	 */
	public Investigation share(String id, String teamId, Caller caller) {
		requireUser(caller);
		Stored stored = this.cypher.inWrite((tx) -> {
			Stored current = editable(tx, id, caller);
			requireTeam(teamId);
			Set<String> teams = new TreeSet<>(current.sharedWith());
			teams.add(teamId);
			return shares(tx, id, teams);
		});
		return this.needToKnow.view(stored, caller.visibility(), true);
	}

	/** Stops sharing it with the team; false when it was not shared with it. */
	public boolean revoke(String id, String teamId, Caller caller) {
		requireUser(caller);
		return this.cypher.inWrite((tx) -> {
			Stored current = editable(tx, id, caller);
			Set<String> teams = new TreeSet<>(current.sharedWith());
			boolean removed = teams.remove(teamId);
			shares(tx, id, teams);
			return removed;
		});
	}

	private Stored shares(TransactionContext tx, String id, Set<String> teams) {
		return this.cypher
			.list(tx, this.queries.text("investigation/shares"), Map.of("id", id, "teams", List.copyOf(teams)),
					(r) -> Stored.of(r.get("i")))
			.get(0);
	}

	private void requireTeam(String teamId) {
		String kind = (teamId != null) ? this.references.kinds(List.of(teamId)).get(teamId) : null;
		if (!"InspectionTeam".equals(kind)) {
			throw new DomainException(ErrorCode.NOT_FOUND, "teamId", "No inspection team with id '" + teamId + "'");
		}
	}

	/** Locks it for a change and checks the caller may make it. */
	private Stored editable(TransactionContext tx, String id, Caller caller) {
		if (this.cypher.list(tx, this.queries.text("investigation/lock"), Map.of("id", String.valueOf(id)), (r) -> r)
			.isEmpty()) {
			throw notFound(id);
		}
		Stored stored = readable(tx, id, caller);
		if (stored == null) {
			throw notFound(id);
		}
		if (!mayEdit(stored, caller)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "id",
					"Only its owner (" + stored.owner() + ") or an administrator may change, share or delete it");
		}
		return stored;
	}

	private Stored readable(TransactionContext tx, String id, Caller caller) {
		Map<String, Object> params = access(caller);
		params.put("id", String.valueOf(id));
		List<Stored> found = this.cypher.list(tx, this.queries.text("investigation/readable"), params,
				(r) -> Stored.of(r.get("i")));
		return found.isEmpty() ? null : found.get(0);
	}

	/** Who the caller is to the rule of investigation/readable and investigation/list. */
	private static Map<String, Object> access(Caller caller) {
		Map<String, Object> params = new HashMap<>();
		var visibility = caller.visibility();
		params.put("user", caller.name());
		params.put("admin", visibility.role() == Role.ADMIN);
		params.put("person", (visibility.role() == Role.INSPECTOR) ? visibility.personId() : null);
		return params;
	}

	private static boolean mayEdit(Stored stored, Caller caller) {
		return stored.ownedBy(caller.name()) || caller.visibility().role() == Role.ADMIN;
	}

	private static void requireUser(Caller caller) {
		caller.require(Role.values());
	}

	private static DomainException notFound(String id) {
		return new DomainException(ErrorCode.NOT_FOUND, "id", "No investigation with id '" + id + "'");
	}

	/**
	 * Refuses a drawn entity the caller may not see exactly like one that does not exist.
	 */
	private void requireVisible(Content content, Caller caller) {
		Map<String, String> kinds = this.references.kinds(content.entityIds(), caller.visibility());
		for (int i = 0; i < content.nodes().size(); i++) {
			String id = content.nodes().get(i).entityId();
			if (!kinds.containsKey(id)) {
				throw new DomainException(ErrorCode.NOT_FOUND, "input.nodes[" + i + "].entityId",
						"No entity with id '" + id + "'");
			}
		}
	}

	private Stored write(TransactionContext tx, String id, Content content, String user, Integer expected) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("name", content.name());
		params.put("note", content.note());
		params.put("layout", content.layout());
		params.put("nodes", InvestigationJson.nodes(content.nodes()));
		params.put("queries", InvestigationJson.queries(content.queries()));
		params.put("entityIds", content.entityIds());
		params.put("user", user);
		params.put("expected", expected);
		List<Stored> written = this.cypher.list(tx, this.queries.text("investigation/save"), params,
				(r) -> Stored.of(r.get("i")));
		return written.isEmpty() ? null : written.get(0);
	}

	/** What a save sends, checked: sizes, one node per entity, variables JSON objects. */
	record Content(String name, String note, String layout, List<Stored.Drawn> nodes, List<Stored.SavedQuery> queries) {

		List<String> entityIds() {
			return this.nodes.stream().map(Stored.Drawn::entityId).toList();
		}

		Content keeping(NeedToKnow.Hidden hidden) {
			List<Stored.Drawn> allNodes = new ArrayList<>(this.nodes);
			allNodes.addAll(hidden.nodes());
			List<Stored.SavedQuery> allQueries = new ArrayList<>(this.queries);
			allQueries.addAll(hidden.queries());
			return new Content(this.name, this.note, this.layout, allNodes, allQueries);
		}

		static Content check(InvestigationInput input) {
			if (input == null) {
				throw DomainException.badRequest("input", "input is required");
			}
			if (input.name() == null || input.name().isBlank()) {
				throw DomainException.badRequest("input.name", "A name is required");
			}
			length("input.name", input.name(), MAX_NAME);
			length("input.note", input.note(), MAX_NOTE);
			length("input.layout", input.layout(), MAX_SHORT);
			List<InvestigationInput.NodeInput> nodes = (input.nodes() != null) ? input.nodes() : List.of();
			List<InvestigationInput.QueryInput> queries = (input.queries() != null) ? input.queries() : List.of();
			if (nodes.size() > MAX_NODES) {
				throw DomainException.limit("input.nodes", "At most " + MAX_NODES + " nodes, were " + nodes.size());
			}
			if (queries.size() > MAX_QUERIES) {
				throw DomainException.limit("input.queries",
						"At most " + MAX_QUERIES + " queries, were " + queries.size());
			}
			return new Content(input.name().strip(), blankToNull(input.note()), blankToNull(input.layout()),
					nodes(nodes), queries(queries));
		}

		private static List<Stored.Drawn> nodes(List<InvestigationInput.NodeInput> nodes) {
			List<Stored.Drawn> drawn = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < nodes.size(); i++) {
				InvestigationInput.NodeInput n = nodes.get(i);
				String field = "input.nodes[" + i + "]";
				if (n.entityId() == null || n.entityId().isBlank()) {
					throw DomainException.badRequest(field + ".entityId", "An entity id is required");
				}
				if (!seen.add(n.entityId())) {
					throw DomainException.badRequest(field + ".entityId",
							"'" + n.entityId() + "' is drawn twice; each entity is one node");
				}
				finite(field + ".x", n.x());
				finite(field + ".y", n.y());
				length(field + ".note", n.note(), MAX_NODE_NOTE);
				length(field + ".group", n.group(), MAX_SHORT);
				drawn.add(new Stored.Drawn(n.entityId(), n.x(), n.y(), blankToNull(n.note()),
						Boolean.TRUE.equals(n.pinned()), blankToNull(n.group())));
			}
			return drawn;
		}

		private static List<Stored.SavedQuery> queries(List<InvestigationInput.QueryInput> queries) {
			List<Stored.SavedQuery> saved = new ArrayList<>();
			for (int i = 0; i < queries.size(); i++) {
				InvestigationInput.QueryInput q = queries.get(i);
				String field = "input.queries[" + i + "]";
				if (q.name() == null || q.name().isBlank()) {
					throw DomainException.badRequest(field + ".name", "A query name is required");
				}
				length(field + ".name", q.name(), MAX_SHORT);
				length(field + ".variables", q.variables(), MAX_VARIABLES);
				String variables = (q.variables() != null) ? InvestigationJson.object(q.variables()) : "{}";
				if (variables == null) {
					throw DomainException.badRequest(field + ".variables", "Not a JSON object: " + q.variables());
				}
				saved.add(new Stored.SavedQuery(q.name().strip(), variables));
			}
			return saved;
		}

		private static void length(String field, String value, int max) {
			if (value != null && value.length() > max) {
				throw DomainException.limit(field, field + " is longer than " + max + " characters");
			}
		}

		private static void finite(String field, Double value) {
			if (value != null && !Double.isFinite(value)) {
				throw DomainException.badRequest(field, field + " must be a finite number");
			}
		}

		private static String blankToNull(String text) {
			return (text == null || text.isBlank()) ? null : text;
		}

	}

}
