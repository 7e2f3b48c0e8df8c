package org.oversight.system;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.oversight.model.DomainException;
import org.oversight.model.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns failures into GraphQL errors with a code (in {@code extensions.code}) and, where
 * one argument is at fault, its name (in {@code extensions.field}). Unexpected failures
 * are logged with their stack trace here and reported to the client as {@code INTERNAL}
 * with no detail.
 */
@Component
class ApiErrors extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof DomainException domain) {
			Map<String, Object> extensions = new java.util.HashMap<>(domain.details());
			extensions.put("code", domain.code().name());
			if (domain.field() != null) {
				extensions.put("field", domain.field());
			}
			return GraphqlErrorBuilder.newError(env)
				.errorType(errorType(domain.code()))
				.message(domain.getMessage())
				.extensions(extensions)
				.build();
		}
		if (ex instanceof org.oversight.graph.Deadline.Passed
				|| ex instanceof org.neo4j.driver.exceptions.ClientException client
						&& (String.valueOf(client.code()).contains("TransactionTimedOut")
								// A graph algorithm stopped by the timeout says so in its
								// own words.
								|| String.valueOf(client.getMessage()).contains("TerminatedException"))) {
			QueryLimits.AnswerSize.stopFetching(env);
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message(QueryLimits.LimitExceeded.QUERY_TIMEOUT)
				.extensions(Map.of("code", ErrorCode.LIMIT_EXCEEDED.name(), "field", "query-timeout"))
				.build();
		}
		log.error("Failure in {}", env.getExecutionStepInfo().getPath(), ex);
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("Internal error; the server log has the details")
			.extensions(Map.of("code", ErrorCode.INTERNAL.name()))
			.build();
	}

	private static ErrorType errorType(ErrorCode code) {
		return switch (code) {
			case NOT_FOUND -> ErrorType.NOT_FOUND;
			case FORBIDDEN -> ErrorType.FORBIDDEN;
			case INTERNAL -> ErrorType.INTERNAL_ERROR;
			default -> ErrorType.BAD_REQUEST;
		};
	}

}
