package org.oversight.model;

import java.util.List;

/**
 * What one feature adds to the graph model. Each feature package declares its entity and
 * link types in one bean of this type; {@link Model} gathers them.
 */
public interface ModelContribution {

	List<EntityType> entityTypes();

	default List<LinkType> linkTypes() {
		return List.of();
	}

	/**
	 * The kinds whose lifecycle this feature controls: the generic create and update
	 * mutations are not offered for them.
	 */
	default java.util.Set<String> controlledKinds() {
		return java.util.Set.of();
	}

	/** The GraphQL fields that follow relationships from this feature's types. */
	default List<RelationField> relationFields() {
		return List.of();
	}

}
