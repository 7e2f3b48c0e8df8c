package org.oversight.audit;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import graphql.ExecutionResult;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.oversight.entity.Connection;
import org.oversight.security.AccessRules;
import org.oversight.security.Caller;
import org.oversight.store.GraphEntity;
import org.springframework.stereotype.Component;

/**
 * Writes the audit trail of GraphQL requests: one record per request that returned leads
 * or cases (with their ids), and one per mutation with its arguments' ids and outcome —
 * written in the mutation's own first write transaction when it has one
 * ({@link MutationJournal}).
 */
@Component
class AuditInstrumentation extends SimplePerformantInstrumentation {

	private final AuditLog log;

	private final SensitiveReach reach = new SensitiveReach(AccessRules.GUARDED_KINDS);

	AuditInstrumentation(AuditLog log) {
		this.log = log;
	}

	/** What one request touched. */
	static final class Trail {

		final Set<String> read = ConcurrentHashMap.newKeySet();

		final List<MutationJournal.Mutation> mutations = new ArrayList<>();

	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		Trail trail = parameters.getGraphQLContext().get(Trail.class);
		if (trail != null) {
			Caller caller = Caller.of(parameters.getGraphQLContext());
			if (!trail.read.isEmpty()) {
				this.log.record(caller.name(), "read", List.copyOf(trail.read), "ok", caller.remote());
			}
			for (MutationJournal.Mutation mutation : trail.mutations) {
				String outcome = outcome(result, mutation.key, mutation.journaled);
				// A mutation whose record joined its change is recorded already; one that
				// failed after that first change (a batched import, say) is recorded
				// again
				// with how it ended.
				if (!mutation.journaled || !outcome.equals("ok")) {
					this.log.record(caller.name(), mutation.operation, mutation.entities, outcome, caller.remote());
				}
			}
		}
		return CompletableFuture.completedFuture(result);
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		ExecutionStepInfo step = parameters.getExecutionStepInfo();
		boolean mutation = step.getPath().getLevel() == 1 && "Mutation".equals(step.getObjectType().getName());
		if (!mutation && !this.reach.mayCarry(parameters.getExecutionContext().getGraphQLSchema(), step.getType())) {
			// Most fields of a page: nothing a lead or case could be read through.
			return fetcher;
		}
		if (mutation) {
			return (env) -> {
				MutationJournal.Mutation record = mutation(env);
				trail(env).mutations.add(record);
				return MutationJournal.running(record, () -> noted(env, fetcher.get(env)));
			};
		}
		return (env) -> noted(env, fetcher.get(env));
	}

	private static Object noted(DataFetchingEnvironment env, Object value) {
		if (value instanceof CompletionStage<?> stage) {
			return stage.thenApply((v) -> {
				note(env, v);
				return v;
			});
		}
		note(env, value);
		return value;
	}

	private static MutationJournal.Mutation mutation(DataFetchingEnvironment env) {
		List<String> ids = new ArrayList<>();
		collectIds(env.getArguments(), ids);
		Caller caller = Caller.of(env.getGraphQlContext());
		return new MutationJournal.Mutation(env.getExecutionStepInfo().getResultKey(), caller.name(),
				env.getField().getName(), List.copyOf(ids), caller.remote());
	}

	/** How one mutation of the request ended: its first error, or ok. */
	private static String outcome(ExecutionResult result, String key, boolean committed) {
		// Once its change has committed, only an error of the mutation itself counts, not
		// one of a field read from its answer.
		return result.getErrors()
			.stream()
			.filter((e) -> e.getPath() == null || e.getPath().isEmpty()
					|| key.equals(String.valueOf(e.getPath().get(0))) && (!committed || e.getPath().size() == 1))
			.findFirst()
			.map((e) -> "error: " + e.getMessage())
			.orElse("ok");
	}

	private static void collectIds(Map<String, Object> arguments, List<String> ids) {
		arguments.forEach((key, value) -> {
			if (value instanceof Map<?, ?> map) {
				@SuppressWarnings("unchecked")
				Map<String, Object> nested = (Map<String, Object>) map;
				collectIds(nested, ids);
			}
			else if (value instanceof String text && (key.equals("id") || key.endsWith("Id") || key.equals("from")
					|| key.equals("to") || key.equals("path"))) {
				ids.add(text);
			}
		});
	}

	private static void note(DataFetchingEnvironment env, Object value) {
		if (value instanceof GraphEntity entity) {
			if (AccessRules.guards(entity.kind())) {
				trail(env).read.add(entity.id());
			}
		}
		else if (value instanceof Connection connection) {
			note(env, connection.getNodes());
		}
		else if (value instanceof Collection<?> items) {
			items.forEach((item) -> note(env, item));
		}
		else if (value instanceof Record record) {
			// Subgraphs, paths, red flags: whatever a route returns, a lead inside it is
			// a read.
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				note(env, component(record, component));
			}
		}
		else if (value instanceof Map<?, ?> tie) {
			tie.values().forEach((item) -> {
				if (item instanceof GraphEntity) {
					note(env, item);
				}
			});
		}
	}

	private static Object component(Record record, RecordComponent component) {
		try {
			Method accessor = component.getAccessor();
			accessor.setAccessible(true);
			return accessor.invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + component, ex);
		}
	}

	private static Trail trail(DataFetchingEnvironment env) {
		return env.getGraphQlContext().computeIfAbsent(Trail.class, (k) -> new Trail());
	}

}
