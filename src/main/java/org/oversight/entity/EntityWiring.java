package org.oversight.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import org.dataloader.DataLoader;
import org.oversight.model.EntityType;
import org.oversight.model.Field;
import org.oversight.model.LinkType;
import org.oversight.model.Model;
import org.oversight.model.RelationField;
import org.oversight.security.Caller;
import org.oversight.security.Visibility;
import org.oversight.store.EntityStore;
import org.oversight.store.GraphEntity;
import org.oversight.store.Projection;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Wires the generic parts of the schema from the model catalogue: how an
 * {@link GraphEntity} shows its fields, the typed lists ({@code organizations},
 * {@code findings} ...), the create and update mutations, and every relation field, each
 * backed by a batch loader so that a page of 100 parents costs one statement per field,
 * not 100.
 */
@Component
class EntityWiring implements RuntimeWiringConfigurer {

	private final Model model;

	private final EntityQueries queries;

	private final EntityEdits edits;

	private final Selections selections;

	EntityWiring(Model model, EntityQueries queries, EntityEdits edits, EntityStore store,
			BatchLoaderRegistry batchLoaders) {
		this.model = model;
		this.queries = queries;
		this.edits = edits;
		this.selections = new Selections(model);
		for (RelationField field : model.relationFields()) {
			batchLoaders.<Key, List<Object>>forName(loaderName(field))
				.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(
						() -> follow(store, field, keys, Caller.of((GraphQLContext) env.getContext()).visibility())));
		}
	}

	/**
	 * What a relation field's loader is asked: a parent and what to read of each item.
	 */
	record Key(String id, Projection.Follow projection) {
	}

	/**
	 * One statement per projection asked in this batch: one, unless the same field is
	 * selected twice with different sub-selections (aliases).
	 */
	private static Map<Key, List<Object>> follow(EntityStore store, RelationField field, Set<Key> keys,
			Visibility visibility) {
		Map<Projection.Follow, List<String>> byProjection = new LinkedHashMap<>();
		keys.forEach((k) -> byProjection.computeIfAbsent(k.projection(), (p) -> new ArrayList<>()).add(k.id()));
		Map<Key, List<Object>> result = new HashMap<>();
		byProjection.forEach((projection, ids) -> store.follow(field, ids, projection, visibility)
			.forEach((id, items) -> result.put(new Key(id, projection), items)));
		return result;
	}

	static String loaderName(RelationField field) {
		return field.type() + "." + field.field();
	}

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		// Only entities implement Node and Entity; ties are object types of their own.
		TypeResolver byKind = (env) -> env.getSchema().getObjectType(((GraphEntity) env.getObject()).kind());
		builder.type(TypeRuntimeWiring.newTypeWiring("Node").typeResolver(byKind));
		builder.type(TypeRuntimeWiring.newTypeWiring("Entity").typeResolver(byKind));
		for (EntityType type : this.model.entityTypes()) {
			builder.type(TypeRuntimeWiring.newTypeWiring(type.kind()).defaultDataFetcher(propertyOf(type)));
			builder.type(TypeRuntimeWiring.newTypeWiring("Query")
				.dataFetcher(plural(type.kind()),
						(env) -> this.queries.list(type.kind(), env.getArgument("filter"), env.getArgument("sort"),
								env.getArgument("first"), env.getArgument("after"),
								env.getSelectionSet().contains("totalCount"), Caller.visibility(env))));
			if (this.model.controlled(type.kind())) {
				continue;
			}
			builder.type(TypeRuntimeWiring.newTypeWiring("Mutation")
				.dataFetcher("create" + type.kind(),
						(env) -> this.edits.create(type.kind(), env.getArgument("input"), Caller.of(env)))
				.dataFetcher("update" + type.kind(), (env) -> this.edits.update(type.kind(), env.getArgument("id"),
						env.getArgument("expectedVersion"), env.getArgument("input"), Caller.of(env))));
		}
		for (RelationField field : this.model.relationFields()) {
			builder.type(TypeRuntimeWiring.newTypeWiring(field.type()).dataFetcher(field.field(), relation(field)));
		}
		builder.type(TypeRuntimeWiring.newTypeWiring("Mutation")
			.dataFetcher("link",
					(env) -> Map.of("changed", this.edits.link(env.getArgument("input"), Caller.of(env), false)))
			.dataFetcher("unlink",
					(env) -> Map.of("changed", this.edits.link(env.getArgument("input"), Caller.of(env), true))));
		Map<String, LinkType> ties = new java.util.LinkedHashMap<>();
		this.model.linkTypes()
			.stream()
			.filter((link) -> link.graphQlType() != null)
			.forEach((link) -> ties.putIfAbsent(link.graphQlType(), link));
		ties.forEach((tie, link) -> builder
			.type(TypeRuntimeWiring.newTypeWiring(tie).defaultDataFetcher(tieProperty(link))));
	}

	/**
	 * A fetcher that only reads what its source already holds, or (relation fields) only
	 * asks a batch loader: no I/O and no thread-bound context. Marked trivial, so that
	 * neither Spring's context propagation nor per-field observation wraps each of the
	 * thousands of fields of a page; the audit decides on its own which fields it watches
	 * (by the type they return), so leads and cases are still noted.
	 */
	@FunctionalInterface
	interface Plain extends TrivialDataFetcher<Object> {

	}

	/**
	 * Reads a field of an entity: a property, its Chinese term ({@code …Zh}), or
	 * provenance.
	 */
	private static Plain propertyOf(EntityType type) {
		return (env) -> {
			GraphEntity entity = env.getSource();
			String name = env.getField().getName();
			return name.equals("provenance") ? provenance(entity.properties()) : read(name, type.fields(), entity::get);
		};
	}

	private static Plain tieProperty(LinkType link) {
		return (env) -> {
			Map<?, ?> tie = env.getSource();
			return read(env.getField().getName(), link.valueFields(), tie::get);
		};
	}

	/**
	 * A field's value, or for {@code xZh} the Chinese term of the code in field
	 * {@code x}.
	 */
	private static Object read(String name, List<Field> fields, Function<String, Object> values) {
		if (!name.endsWith("Zh")) {
			return values.apply(name);
		}
		String base = name.substring(0, name.length() - 2);
		return fields.stream()
			.filter((f) -> f.name().equals(base))
			.findFirst()
			.map((f) -> f.zhOf(values.apply(base)))
			.orElse(null);
	}

	private static Map<String, Object> provenance(Map<String, Object> props) {
		Map<String, Object> p = new java.util.HashMap<>();
		for (String key : List.of("source", "recordedBy", "recordedAt", "updatedBy", "updatedAt", "updatedSource")) {
			p.put(key, props.get(key));
		}
		p.put("version", ((Number) props.getOrDefault("version", 0)).intValue());
		return p;
	}

	private Plain relation(RelationField field) {
		String loader = loaderName(field);
		return (env) -> {
			GraphEntity source = env.getSource();
			DataLoader<Key, List<Object>> dataLoader = env.getDataLoader(loader);
			return dataLoader.load(new Key(source.id(), this.selections.of(field, env))).thenApply((items) -> {
				List<Object> list = (items != null) ? items : List.of();
				if (field.shape() == RelationField.Shape.ONE) {
					return list.isEmpty() ? null : list.get(0);
				}
				return list;
			});
		};
	}

	/** The list query of a kind: {@code Organization} → {@code organizations}. */
	static String plural(String kind) {
		String lower = kind.substring(0, 1).toLowerCase(Locale.ROOT) + kind.substring(1);
		if (lower.endsWith("y")) {
			return lower.substring(0, lower.length() - 1) + "ies";
		}
		if (lower.endsWith("x") || lower.endsWith("s")) {
			return lower + "es";
		}
		return lower + "s";
	}

}
