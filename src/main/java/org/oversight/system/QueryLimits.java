package org.oversight.system;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.ResultNodesInfo;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.util.TraversalControl;
import org.oversight.graph.Deadline;
import org.oversight.model.ErrorCode;

import org.springframework.beans.factory.annotation.Value;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Bounds on what one request may ask, each configurable ({@code oversight.limits.*}) and
 * each refusal a GraphQL error with the code {@code LIMIT_EXCEEDED} that names the bound:
 * depth of nesting, number of fields (complexity), number of aliases, all counted with
 * fragments expanded. Introspection ({@code __schema}, {@code __type}) is bounded by its
 * own rules instead — graphql-java's good-faith introspection check allows each once, at
 * most 500 fields and 20 levels deep, and its answer is the schema, whose size we set —
 * so that the standard introspection query of every client (depth 15) passes the default
 * limits. Page sizes and hops are bounded where they are read; time is bounded per
 * request ({@code oversight.limits.query-timeout}): every statement of a request gets
 * what is left of it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryLimits.Limits.class)
class QueryLimits {

	/**
	 * @param maxDepth deepest nesting of fields
	 * @param maxComplexity most fields in one request
	 * @param maxAliases most aliased fields in one request
	 * @param maxAnswerFields most fields in one answer, every field of every object and
	 * list element counted: the bound on what the fields of a request may grow to, which
	 * the deadline does not bound (it bounds database statements, not assembling the
	 * answer)
	 */
	@ConfigurationProperties("oversight.limits")
	record Limits(Integer maxDepth, Integer maxComplexity, Integer maxAliases, Integer maxAnswerFields) {

		Limits {
			maxDepth = (maxDepth != null) ? maxDepth : 12;
			maxComplexity = (maxComplexity != null) ? maxComplexity : 500;
			maxAliases = (maxAliases != null) ? maxAliases : 30;
			maxAnswerFields = (maxAnswerFields != null) ? maxAnswerFields : 200_000;
		}

	}

	@Bean
	Instrumentation requestBounds(Limits limits) {
		return new RequestBounds(limits);
	}

	@Bean
	Instrumentation answerSize(Limits limits) {
		return new AnswerSize(limits.maxAnswerFields());
	}

	@Bean
	Instrumentation requestDeadline(@Value("${oversight.limits.query-timeout:30s}") Duration timeout) {
		return new RequestDeadline(timeout);
	}

	/**
	 * One request, one statement timeout: its statements share the time from the start of
	 * the operation ({@link Deadline}), so thirty aliases of a slow route, or the batches
	 * of a deep selection, end together within the timeout instead of one after another.
	 * The fields run on the thread that starts the operation (fetchers and batch loaders
	 * are synchronous), so the deadline is opened there; closed when the operation ends.
	 */
	static final class RequestDeadline extends SimplePerformantInstrumentation {

		private final Duration timeout;

		RequestDeadline(Duration timeout) {
			this.timeout = timeout;
		}

		@Override
		public InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			if (importing(parameters.getExecutionContext())) {
				// An import through the API is bounded per batch, as from the command
				// line:
				// a whole bundle does not fit one request's time.
				return super.beginExecuteOperation(parameters, state);
			}
			Duration time = this.timeout.minus(reserve(this.timeout));
			Deadline.Budget budget = Deadline.open(System.nanoTime() + time.toNanos());
			graphql.GraphQLContext context = parameters.getExecutionContext().getGraphQLContext();
			context.put(Deadline.Budget.class, budget);
			// Statements are cut at the deadline; the fields of an answer already fetched
			// are not, and assembling a wide one took tens of seconds past it. At the
			// deadline a query fetches no further field.
			ScheduledFuture<?> stop = (parameters.getExecutionContext()
				.getOperationDefinition()
				.getOperation() == graphql.language.OperationDefinition.Operation.QUERY)
						? STOPPER.schedule(() -> AnswerSize.stopFetching(context), time.toNanos(), TimeUnit.NANOSECONDS)
						: null;
			return SimpleInstrumentationContext.whenCompleted((result, failure) -> {
				budget.close();
				if (stop != null) {
					stop.cancel(false);
				}
			});
		}

		/** One daemon thread for every request's stop at its deadline. */
		private static final ScheduledThreadPoolExecutor STOPPER = stopper();

		private static ScheduledThreadPoolExecutor stopper() {
			CustomizableThreadFactory threads = new CustomizableThreadFactory("request-deadline-");
			threads.setDaemon(true);
			ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, threads);
			// A cancelled stop leaves the queue at once (a request answered in time).
			timer.setRemoveOnCancelPolicy(true);
			return timer;
		}

		/**
		 * The part of the timeout kept for what follows the last statement: the answer
		 * assembled, serialised and sent, and the database's own delay in cutting a
		 * statement. A tenth of the timeout, at most a second: so the answer, not only
		 * the last statement, comes within the timeout.
		 */
		static Duration reserve(Duration timeout) {
			Duration tenth = timeout.dividedBy(10);
			return (tenth.compareTo(Duration.ofSeconds(1)) > 0) ? Duration.ofSeconds(1) : tenth;
		}

		private static boolean importing(ExecutionContext context) {
			return context.getOperationDefinition()
				.getSelectionSet()
				.getSelectionsOfType(graphql.language.Field.class)
				.stream()
				.anyMatch((field) -> field.getName().equals("importBundle"));
		}

		/**
		 * Closes the deadline however the request ended: also when another bound refused
		 * it after the deadline opened, so no deadline outlives its request on the thread
		 * (where a later sign-in would meet it).
		 */
		@Override
		public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
				InstrumentationExecutionParameters parameters, InstrumentationState state) {
			Deadline.Budget budget = parameters.getGraphQLContext().get(Deadline.Budget.class);
			if (budget != null) {
				budget.close();
			}
			return CompletableFuture.completedFuture(result);
		}

	}

	/**
	 * Bounds the size of an answer, and ends a query whose time ran out. graphql-java
	 * counts every field it fetches and, past {@link ResultNodesInfo#MAX_RESULT_NODES}
	 * (read again at each field), fetches nothing more: each further field is null, so
	 * nothing below it runs. The answer so cut is replaced by one {@code LIMIT_EXCEEDED}
	 * error naming the bound, since a half answer with nulls would read as data. When a
	 * query's deadline passes, the bound drops to zero ({@link #stopFetching}): without
	 * it, every field still to come would fail on its own, one error each, and a wide
	 * answer spent seconds past its deadline assembling thousands of them. A mutation's
	 * answer is only bounded in size: its change stays made, and its own errors are what
	 * the audit records.
	 */
	static final class AnswerSize extends SimplePerformantInstrumentation {

		/** Set in the request's context when its deadline passed. */
		private static final String TIMED_OUT = AnswerSize.class.getName() + ".timedOut";

		/**
		 * Set when the operation is a mutation: its change is made whatever the answer's
		 * size, and the refusal must not let the client think otherwise.
		 */
		private static final String MUTATION = AnswerSize.class.getName() + ".mutation";

		private final int maxFields;

		AnswerSize(int maxFields) {
			this.maxFields = maxFields;
		}

		/** Stops a query whose deadline passed from fetching any further field. */
		static void stopFetching(graphql.schema.DataFetchingEnvironment env) {
			if (env.getOperationDefinition().getOperation() == graphql.language.OperationDefinition.Operation.QUERY) {
				stopFetching(env.getGraphQlContext());
			}
		}

		/**
		 * Stops a query from fetching any further field; from any thread (the context is
		 * a concurrent map, and graphql-java reads the bound before each field).
		 */
		static void stopFetching(graphql.GraphQLContext context) {
			context.put(TIMED_OUT, true);
			context.put(ResultNodesInfo.MAX_RESULT_NODES, 0);
		}

		@Override
		public InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			graphql.GraphQLContext context = parameters.getExecutionContext().getGraphQLContext();
			context.put(ResultNodesInfo.MAX_RESULT_NODES, this.maxFields);
			context.put(MUTATION,
					parameters.getExecutionContext()
						.getOperationDefinition()
						.getOperation() == graphql.language.OperationDefinition.Operation.MUTATION);
			return super.beginExecuteOperation(parameters, state);
		}

		@Override
		public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
				InstrumentationExecutionParameters parameters, InstrumentationState state) {
			ResultNodesInfo nodes = parameters.getGraphQLContext().get(ResultNodesInfo.RESULT_NODES_INFO);
			if (nodes == null || !nodes.isMaxResultNodesExceeded()) {
				return CompletableFuture.completedFuture(result);
			}
			LimitExceeded refusal = Boolean.TRUE.equals(parameters.getGraphQLContext().get(TIMED_OUT))
					? new LimitExceeded("query-timeout", LimitExceeded.QUERY_TIMEOUT)
					: new LimitExceeded("answer-fields", (Boolean.TRUE
						.equals(parameters.getGraphQLContext().get(MUTATION))
								? "The change was made, but its answer grew past " : "The answer grew past ")
							+ this.maxFields
							+ " fields (oversight.limits.max-answer-fields); ask for fewer items or fewer nested fields");
			return CompletableFuture.completedFuture(
					ExecutionResult.newExecutionResult().addError(refusal).extensions(result.getExtensions()).build());
		}

	}

	/**
	 * Counts the operation's fields outside introspection and refuses it past a bound.
	 */
	static final class RequestBounds extends SimplePerformantInstrumentation {

		private final Limits limits;

		RequestBounds(Limits limits) {
			this.limits = limits;
		}

		@Override
		public InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			ExecutionContext context = parameters.getExecutionContext();
			AtomicInteger fields = new AtomicInteger();
			AtomicInteger aliases = new AtomicInteger();
			AtomicInteger depth = new AtomicInteger();
			QueryTraverser.newQueryTraverser()
				.schema(context.getGraphQLSchema())
				.document(context.getDocument())
				.operationName(context.getExecutionInput().getOperationName())
				.coercedVariables(context.getCoercedVariables())
				.build()
				.visitPreOrder(new QueryVisitorStub() {
					@Override
					public TraversalControl visitFieldWithControl(QueryVisitorFieldEnvironment env) {
						String name = env.getField().getName();
						if (name.equals("__schema") || name.equals("__type")) {
							return TraversalControl.ABORT;
						}
						fields.incrementAndGet();
						if (env.getField().getAlias() != null) {
							aliases.incrementAndGet();
						}
						depth.accumulateAndGet(depthOf(env), Math::max);
						return TraversalControl.CONTINUE;
					}
				});
			refuseBeyond("depth", depth.get(), this.limits.maxDepth(), "levels of nesting");
			refuseBeyond("complexity", fields.get(), this.limits.maxComplexity(), "fields");
			refuseBeyond("aliases", aliases.get(), this.limits.maxAliases(), "aliases");
			return super.beginExecuteOperation(parameters, state);
		}

		private static int depthOf(QueryVisitorFieldEnvironment env) {
			int depth = 1;
			for (QueryVisitorFieldEnvironment parent = env.getParentEnvironment(); parent != null; parent = parent
				.getParentEnvironment()) {
				depth++;
			}
			return depth;
		}

		private static void refuseBeyond(String bound, int value, int max, String what) {
			if (value > max) {
				throw new LimitExceeded(bound, "The query has " + value + " " + what + "; at most " + max
						+ " are allowed (oversight.limits.max-" + bound + ")");
			}
		}

	}

	/** A refused request, with the code every bound's refusal carries. */
	static final class LimitExceeded extends AbortExecutionException {

		/** What every query stopped by its timeout answers, however it was stopped. */
		static final String QUERY_TIMEOUT = "The query ran longer than the server allows (oversight.limits.query-timeout); narrow it";

		private final String bound;

		LimitExceeded(String bound, String message) {
			super(message);
			this.bound = bound;
		}

		@Override
		public Map<String, Object> getExtensions() {
			return Map.of("code", ErrorCode.LIMIT_EXCEEDED.name(), "field", this.bound);
		}

	}

}
