package org.oversight.entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import graphql.GraphQLContext;
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
import org.oversight.store.EntityStore;
import org.oversight.store.GraphEntity;
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

	EntityWiring(Model model, EntityQueries queries, EntityEdits edits, EntityStore store,
			BatchLoaderRegistry batchLoaders) {
		this.model = model;
		this.queries = queries;
		this.edits = edits;
		for (RelationField field : model.relationFields()) {
			batchLoaders.<String, List<Object>>forName(loaderName(field))
				.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> store.follow(field, List.copyOf(ids),
						Caller.of((GraphQLContext) env.getContext()).visibility())));
		}
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
								env.getArgument("first"), env.getArgument("after"), Caller.visibility(env))));
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
	 * Reads a field of an entity: a property, its Chinese term ({@code …Zh}), or
	 * provenance.
	 */
	private static DataFetcher<Object> propertyOf(EntityType type) {
		return (env) -> {
			GraphEntity entity = env.getSource();
			String name = env.getField().getName();
			return name.equals("provenance") ? provenance(entity.properties()) : read(name, type.fields(), entity::get);
		};
	}

	private static DataFetcher<Object> tieProperty(LinkType link) {
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

	private static DataFetcher<Object> relation(RelationField field) {
		String loader = loaderName(field);
		return (env) -> {
			GraphEntity source = env.getSource();
			DataLoader<String, List<Object>> dataLoader = env.getDataLoader(loader);
			return dataLoader.load(source.id()).thenApply((items) -> {
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
