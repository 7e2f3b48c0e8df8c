package org.oversight.system;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import org.oversight.graph.Deadline;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * A query answers within its timeout, whatever became of its execution. Once a query's
 * deadline stopped it fetching, graphql-java could leave a batch of nested fields (loaded
 * through a data loader) waiting for a dispatch that never came: the request thread was
 * free, the answer never completed, and the servlet's async timeout answered HTTP 503
 * some 40 s later. At the timeout this answers the one {@code LIMIT_EXCEEDED} error every
 * timed-out query answers, and closes the request's deadline. Mutations are left to
 * finish (their change is made or not as a whole; a timeout here could hide one), and so
 * is {@code importBundle}, bounded per batch.
 */
@Component
class AnswerInTime implements WebGraphQlInterceptor {

	private final Duration timeout;

	AnswerInTime(@Value("${oversight.limits.query-timeout:30s}") Duration timeout) {
		// When the request's statements stop (QueryLimits.RequestDeadline), so that this
		// answer too comes within the timeout.
		this.timeout = timeout.minus(QueryLimits.RequestDeadline.reserve(timeout));
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String document = request.getDocument().stripLeading();
		if (document.startsWith("mutation") || document.contains("importBundle")) {
			return chain.next(request);
		}
		AtomicReference<GraphQLContext> context = new AtomicReference<>();
		request.configureExecutionInput((input, builder) -> {
			context.set(input.getGraphQLContext());
			return input;
		});
		return chain.next(request).timeout(this.timeout, Mono.fromSupplier(() -> timedOut(request, context.get())));
	}

	private static WebGraphQlResponse timedOut(WebGraphQlRequest request, GraphQLContext context) {
		Deadline.Budget budget = (context != null) ? context.get(Deadline.Budget.class) : null;
		if (budget != null) {
			budget.close();
		}
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(new QueryLimits.LimitExceeded("query-timeout", QueryLimits.LimitExceeded.QUERY_TIMEOUT))
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

}
