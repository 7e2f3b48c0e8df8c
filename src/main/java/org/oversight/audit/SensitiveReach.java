package org.oversight.audit;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLImplementingType;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

/**
 * Which GraphQL output types can hand a lead or a case to the audit's inspection of a
 * field's value: the sensitive types themselves, an interface or union one of them
 * implements or belongs to, and any type that is not an entity (connections, ties,
 * subgraphs, paths, red flags ...) with a field, at any depth through such types, of one
 * of those. Another entity stops the search: its own fields are fetched, and watched, on
 * their own. Scalars and enums never carry one. Worked out once per type and schema.
 */
final class SensitiveReach {

	private static final String ENTITY_INTERFACE = "Entity";

	private final Set<String> sensitive;

	private final Map<GraphQLSchema, Map<String, Boolean>> cache = new ConcurrentHashMap<>();

	SensitiveReach(Set<String> sensitive) {
		this.sensitive = sensitive;
	}

	boolean mayCarry(GraphQLSchema schema, GraphQLOutputType type) {
		GraphQLNamedType named = GraphQLTypeUtil.unwrapAll(type);
		Map<String, Boolean> known = this.cache.computeIfAbsent(schema, (s) -> new ConcurrentHashMap<>());
		Boolean answer = known.get(named.getName());
		if (answer == null) {
			answer = reaches(schema, named, new HashSet<>());
			known.put(named.getName(), answer);
		}
		return answer;
	}

	private boolean reaches(GraphQLSchema schema, GraphQLNamedType type, Set<String> seen) {
		if (this.sensitive.contains(type.getName())) {
			return true;
		}
		if (!seen.add(type.getName())) {
			return false;
		}
		if (type instanceof GraphQLUnionType union) {
			return union.getTypes().stream().anyMatch((t) -> reaches(schema, t, seen));
		}
		if (type instanceof graphql.schema.GraphQLInterfaceType) {
			return schema.getImplementations((graphql.schema.GraphQLInterfaceType) type)
				.stream()
				.anyMatch((t) -> reaches(schema, t, seen));
		}
		if (!(type instanceof GraphQLFieldsContainer container)) {
			return false;
		}
		if (type instanceof GraphQLObjectType object && isEntity(object)) {
			return false;
		}
		for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
			if (reaches(schema, (GraphQLNamedOutputType) GraphQLTypeUtil.unwrapAll(field.getType()), seen)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isEntity(GraphQLImplementingType type) {
		return type.getInterfaces().stream().anyMatch((i) -> ENTITY_INTERFACE.equals(i.getName()));
	}

}
