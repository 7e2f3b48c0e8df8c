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
	 * The kinds whose writes are the feature's own workflow (a lifecycle with its
	 * checks): they get no generic {@code create…}/{@code update…} mutation, only the
	 * feature's routes, which write through the same {@code EntityWriter} as everything
	 * else.
	 */
	default java.util.Set<String> controlledKinds() {
		return java.util.Set.of();
	}

	/** The GraphQL fields that follow relationships from this feature's types. */
	default List<RelationField> relationFields() {
		return List.of();
	}

}
