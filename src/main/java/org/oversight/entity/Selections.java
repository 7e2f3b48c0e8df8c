package org.oversight.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.oversight.model.EntityType;
import org.oversight.model.LinkType;
import org.oversight.model.Model;
import org.oversight.model.RelationField;
import org.oversight.store.Projection;

/**
 * What a relation field's selection needs from the graph: for each entity at the other
 * end (or each end of a tie) the properties its selected fields read, and for a tie its
 * own. A field this cannot account for (one wired by a feature's controller, which may
 * read any property) makes that end whole again, so projecting never changes an answer.
 * Worked out once per field of a request, not once per parent.
 */
final class Selections {

	/** What an entity's display name falls back through. */
	private static final List<String> NAME = List.of("name", "title", "summary", "task");

	private static final List<String> PROVENANCE = List.of("source", "recordedBy", "recordedAt", "updatedBy",
			"updatedAt", "updatedSource", "version");

	private final Model model;

	private final Set<String> relationFields = new HashSet<>();

	Selections(Model model) {
		this.model = model;
		model.relationFields().forEach((f) -> this.relationFields.add(f.type() + "." + f.field()));
	}

	/** The projection of this fetch, remembered in the request for its siblings. */
	Projection.Follow of(RelationField field, DataFetchingEnvironment env) {
		@SuppressWarnings("unchecked")
		Map<Object, Projection.Follow> known = env.getGraphQlContext()
			.computeIfAbsent(Selections.class, (k) -> new ConcurrentHashMap<Object, Projection.Follow>());
		// The merged field's AST nodes are shared by every parent of one page.
		return known.computeIfAbsent(List.of(field, env.getMergedField().getFields()), (k) -> compute(field, env));
	}

	private Projection.Follow compute(RelationField field, DataFetchingEnvironment env) {
		List<SelectedField> selected = env.getSelectionSet().getImmediateFields();
		if (field.shape() != RelationField.Shape.TIES) {
			return new Projection.Follow(entity(selected), Projection.ALL, Projection.ALL, Projection.ALL);
		}
		LinkType link = this.model.linkByRelation(field.relation()).orElse(null);
		if (link == null) {
			return Projection.Follow.ALL;
		}
		Set<String> tie = new HashSet<>();
		List<SelectedField> start = List.of();
		List<SelectedField> end = List.of();
		boolean whole = false;
		Set<String> values = new HashSet<>();
		link.valueFields().forEach((f) -> values.add(f.name()));
		for (SelectedField f : selected) {
			String name = f.getName();
			if (name.equals(link.fromName())) {
				start = concat(start, f.getSelectionSet().getImmediateFields());
			}
			else if (name.equals(link.toName())) {
				end = concat(end, f.getSelectionSet().getImmediateFields());
			}
			else if (values.contains(name)) {
				tie.add(name);
			}
			else if (name.endsWith("Zh") && values.contains(name.substring(0, name.length() - 2))) {
				tie.add(name.substring(0, name.length() - 2));
			}
			else if (!name.startsWith("__")) {
				whole = true;
			}
		}
		return new Projection.Follow(Projection.ALL, whole ? Projection.ALL : Projection.of(tie), entity(start),
				entity(end));
	}

	private static List<SelectedField> concat(List<SelectedField> a, List<SelectedField> b) {
		List<SelectedField> all = new java.util.ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	/** The properties an entity's selected fields read, or all of them. */
	private Projection entity(List<SelectedField> selected) {
		Set<String> properties = new HashSet<>();
		for (SelectedField f : selected) {
			String name = f.getName();
			if (name.startsWith("__") || name.equals("id")) {
				continue;
			}
			if (name.equals("kind")) {
				// the label; on some kinds also a property of that name
				properties.add(name);
				continue;
			}
			if (name.equals("name")) {
				properties.addAll(NAME);
				continue;
			}
			if (name.equals("provenance")) {
				properties.addAll(PROVENANCE);
				continue;
			}
			for (String type : f.getObjectTypeNames()) {
				if (!needs(type, name, properties)) {
					return Projection.ALL;
				}
			}
		}
		return Projection.of(properties);
	}

	/**
	 * Adds what field {@code name} of {@code type} reads; false if that is not known.
	 */
	private boolean needs(String type, String name, Set<String> properties) {
		if (this.relationFields.contains(type + "." + name)) {
			// followed by its own loader from the id
			return true;
		}
		EntityType entity = this.model.entity(type).orElse(null);
		if (entity == null) {
			return false;
		}
		if (entity.field(name).isPresent()) {
			properties.add(name);
			return true;
		}
		if (name.endsWith("Zh")) {
			String base = name.substring(0, name.length() - 2);
			if (entity.field(base).isPresent()) {
				properties.add(base);
				return true;
			}
		}
		return false;
	}

}
