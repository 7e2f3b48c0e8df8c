package org.oversight.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The whole graph model as the features declare it: every entity type and link type,
 * found by kind, file or GraphQL type.
 */
@Component
public class Model {

	private final Map<String, EntityType> entities = new LinkedHashMap<>();

	private final Map<String, LinkType> links = new LinkedHashMap<>();

	private final List<RelationField> relationFields = new java.util.ArrayList<>();

	private final java.util.Set<String> controlled = new java.util.HashSet<>();

	public Model(List<ModelContribution> contributions) {
		for (ModelContribution contribution : contributions) {
			contribution.entityTypes().forEach((e) -> this.entities.put(e.kind(), e));
			contribution.linkTypes().forEach((l) -> this.links.put(l.file(), l));
			this.relationFields.addAll(contribution.relationFields());
			this.controlled.addAll(contribution.controlledKinds());
		}
	}

	public Collection<EntityType> entityTypes() {
		return this.entities.values();
	}

	public Collection<LinkType> linkTypes() {
		return this.links.values();
	}

	public List<RelationField> relationFields() {
		return this.relationFields;
	}

	/**
	 * The link type written with a relationship type (the first, where several share
	 * one).
	 */
	public Optional<LinkType> linkByRelation(RelationType relation) {
		return this.links.values().stream().filter((l) -> l.relation() == relation).findFirst();
	}

	public Optional<EntityType> entity(String kind) {
		return Optional.ofNullable(this.entities.get(kind));
	}

	public EntityType requireEntity(String kind) {
		return entity(kind).orElseThrow(() -> new IllegalArgumentException("Unknown entity kind " + kind));
	}

	public Optional<EntityType> entityByFile(String file) {
		return this.entities.values().stream().filter((e) -> e.file().equals(file)).findFirst();
	}

	public Optional<LinkType> linkByFile(String file) {
		return Optional.ofNullable(this.links.get(file));
	}

	/**
	 * Whether a kind's writes belong to its feature's workflow, with no generic create or
	 * update (see {@link ModelContribution#controlledKinds()}).
	 */
	public boolean controlled(String kind) {
		return this.controlled.contains(kind);
	}

	/** The kinds whose name is searchable in full text. */
	public List<String> searchableKinds() {
		return this.entities.values().stream().filter(EntityType::searchable).map(EntityType::kind).toList();
	}

}
