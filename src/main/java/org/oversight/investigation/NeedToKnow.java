package org.oversight.investigation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.oversight.entity.EntityQueries;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.security.Visibility;
import org.oversight.store.GraphEntity;
import org.springframework.stereotype.Component;

/**
 * What of a saved investigation one reader gets. Every drawn entity is looked up through
 * the normal entity lookups with the reader's {@link Visibility}; one that is not
 * returned (a lead or case hidden from them, or an entity deleted since) is cut out with
 * its position and note, and so is every query whose variables name an entity hidden from
 * them. Nothing is left that counts or places what was cut: the answer is the answer for
 * an investigation that never held it.
 */
@Component
class NeedToKnow {

	private final EntityQueries entities;

	private final Cypher cypher;

	private final QueryCatalogue queries;

	NeedToKnow(EntityQueries entities, Cypher cypher, QueryCatalogue queries) {
		this.entities = entities;
		this.cypher = cypher;
		this.queries = queries;
	}

	/** The investigation as this reader gets it. */
	Investigation view(Stored stored, Visibility visibility, boolean editable) {
		List<GraphEntity> found = this.entities.findAll(stored.entityIds(), visibility);
		List<GraphEntity> drawn = new ArrayList<>();
		List<Investigation.Node> nodes = new ArrayList<>();
		for (int i = 0; i < stored.nodes().size(); i++) {
			GraphEntity entity = found.get(i);
			if (entity == null) {
				continue;
			}
			Stored.Drawn n = stored.nodes().get(i);
			drawn.add(entity);
			nodes.add(new Investigation.Node(n.entityId(), n.x(), n.y(), n.note(), n.pinned(), n.group(), entity));
		}
		Set<String> hidden = hiddenIn(stored.queries(), visibility);
		List<Investigation.Query> queries = stored.queries()
			.stream()
			.filter((q) -> !names(q, hidden))
			.map((q) -> new Investigation.Query(q.name(), q.variables()))
			.toList();
		List<GraphEntity> teams = this.entities.findAll(stored.sharedWith(), visibility)
			.stream()
			.filter((t) -> t != null)
			.toList();
		return new Investigation(stored.id(), stored.name(), stored.note(), stored.layout(), stored.owner(),
				stored.version(), stored.createdAt(), stored.updatedAt(), stored.updatedBy(), teams, drawn, nodes,
				queries, editable);
	}

	/**
	 * The parts of a stored investigation that name entities hidden from this caller:
	 * what an update by them must keep, since they could neither see nor send it.
	 */
	Hidden hidden(Stored stored, Visibility visibility) {
		List<String> strings = new ArrayList<>(stored.entityIds());
		stored.queries().forEach((q) -> JsonStrings.of(q.variables(), strings));
		Set<String> hidden = hiddenIds(strings, visibility);
		return new Hidden(stored.nodes().stream().filter((n) -> hidden.contains(n.entityId())).toList(),
				stored.queries().stream().filter((q) -> names(q, hidden)).toList());
	}

	/** What an update must keep. */
	record Hidden(List<Stored.Drawn> nodes, List<Stored.SavedQuery> queries) {
	}

	private Set<String> hiddenIn(List<Stored.SavedQuery> queries, Visibility visibility) {
		List<String> strings = new ArrayList<>();
		queries.forEach((q) -> JsonStrings.of(q.variables(), strings));
		return hiddenIds(strings, visibility);
	}

	/** Of these strings, the ids of entities that exist and the caller may not see. */
	private Set<String> hiddenIds(List<String> strings, Visibility visibility) {
		Set<String> hidden = new HashSet<>();
		if (strings.isEmpty() || visibility.role() == org.oversight.security.Role.ADMIN) {
			return hidden;
		}
		this.cypher.read(this.queries.text("investigation/hidden-ids", visibility::allows),
				visibility.with(Map.of("ids", List.copyOf(new HashSet<>(strings)))),
				(r) -> hidden.add(r.get("id").asString()));
		return hidden;
	}

	private static boolean names(Stored.SavedQuery query, Set<String> ids) {
		if (ids.isEmpty()) {
			return false;
		}
		List<String> strings = new ArrayList<>();
		JsonStrings.of(query.variables(), strings);
		return strings.stream().anyMatch(ids::contains);
	}

	/** The string values of a JSON text. */
	private static final class JsonStrings {

		static void of(String json, List<String> into) {
			InvestigationJson.strings(InvestigationJson.read(json), into);
		}

	}

}
