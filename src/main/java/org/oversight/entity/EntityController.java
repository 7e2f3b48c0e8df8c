package org.oversight.entity;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.oversight.model.Field;
import org.oversight.model.Model;
import org.oversight.security.Caller;
import org.oversight.store.GraphEntity;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Lookups of any entity by its global id, and the code lists with their Chinese terms.
 */
@Controller
class EntityController {

	private final EntityQueries queries;

	private final Model model;

	EntityController(EntityQueries queries, Model model) {
		this.queries = queries;
		this.model = model;
	}

	@QueryMapping
	GraphEntity node(@Argument String id, DataFetchingEnvironment env) {
		return this.queries.find(id, Caller.visibility(env));
	}

	@QueryMapping
	List<GraphEntity> nodes(@Argument List<String> ids, DataFetchingEnvironment env) {
		return this.queries.findAll(ids, Caller.visibility(env));
	}

	@QueryMapping
	GraphEntity entity(@Argument String id, DataFetchingEnvironment env) {
		return this.queries.find(id, Caller.visibility(env));
	}

	/**
	 * The pseudo code list of the entity kinds, for the kind filters of search and
	 * pictures.
	 */
	static final String ENTITY_KIND = "EntityKind";

	/**
	 * The pseudo code list of the relationship types, for the filters of an expansion.
	 */
	static final String RELATIONSHIP_TYPE = "RelationshipType";

	/** A code list by the name of its GraphQL enum, e.g. {@code FindingCategory}. */
	@QueryMapping
	List<CodeLabel> codes(@Argument String list) {
		if (ENTITY_KIND.equals(list)) {
			return this.model.entityTypes().stream().map((t) -> new CodeLabel(t.kind(), t.zh())).toList();
		}
		if (RELATIONSHIP_TYPE.equals(list)) {
			return java.util.Arrays.stream(org.oversight.model.RelationType.values())
				.map((t) -> new CodeLabel(t.name(), t.zh()))
				.toList();
		}
		return java.util.stream.Stream
			.concat(this.model.entityTypes().stream().flatMap((t) -> t.fields().stream()),
					this.model.linkTypes().stream().flatMap((l) -> l.columns().stream()))
			.map(Field::codeList)
			.filter((c) -> c.name().equals(list))
			.findFirst()
			.map((c) -> c.codes().stream().map((code) -> new CodeLabel(code, c.zhOf(code))).toList())
			.orElse(List.of());
	}

	/** A code with its Chinese term. */
	record CodeLabel(String code, String zh) {
	}

}
