package org.oversight.model;

/**
 * A GraphQL field that follows a relationship from an entity, e.g.
 * {@code Organization.parent} or {@code Person.positions}. All such fields are resolved
 * in batches: one Cypher statement per field per request, whatever the number of parents.
 *
 * @param type the GraphQL type holding the field
 * @param field the field name
 * @param relation the relationship type followed
 * @param direction which way it is followed from the holder
 * @param target the label of the other end, or {@code null} for any entity
 * @param shape one entity, a list of entities, or a list of ties (relationship with its
 * data)
 */
public record RelationField(String type, String field, RelationType relation, Direction direction, String target,
		Shape shape) {

	/** Which way a relationship is followed. */
	public enum Direction {

		OUT, IN, BOTH

	}

	/** What a relation field returns. */
	public enum Shape {

		/** The single entity at the other end, or null. */
		ONE,
		/** The entities at the other end. */
		MANY,
		/**
		 * The relationships with their data and both ends, as the link's GraphQL type.
		 */
		TIES

	}

	public static RelationField one(String type, String field, RelationType relation, String target) {
		return new RelationField(type, field, relation, Direction.OUT, target, Shape.ONE);
	}

	public static RelationField out(String type, String field, RelationType relation, String target) {
		return new RelationField(type, field, relation, Direction.OUT, target, Shape.MANY);
	}

	public static RelationField in(String type, String field, RelationType relation, String target) {
		return new RelationField(type, field, relation, Direction.IN, target, Shape.MANY);
	}

	public static RelationField ties(String type, String field, RelationType relation, Direction direction) {
		return new RelationField(type, field, relation, direction, null, Shape.TIES);
	}

}
