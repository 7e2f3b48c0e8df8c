package org.oversight.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.oversight.model.ErrorCode;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives every error a code in {@code extensions.code}, also those graphql-java raises
 * itself before any of our code runs (a malformed query, an unknown field or enum value):
 * clients branch on one field whatever went wrong.
 */
@Component
class ErrorCodes implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			if (response.getErrors().stream().allMatch((e) -> e.getExtensions().containsKey("code"))) {
				return response;
			}
			return response.transform((builder) -> builder.errors(withCodes(response)));
		});
	}

	/** The response's errors as they were, with a code added where one is missing. */
	private static List<GraphQLError> withCodes(WebGraphQlResponse response) {
		return response.getErrors().stream().map((error) -> {
			Map<String, Object> extensions = new HashMap<>(error.getExtensions());
			extensions.putIfAbsent("code", code(error.getErrorType()).name());
			return (GraphQLError) GraphqlErrorBuilder.newError()
				.message(error.getMessage())
				.locations(error.getLocations())
				.path(error.getParsedPath())
				.extensions(extensions)
				.errorType(error.getErrorType())
				.build();
		}).toList();
	}

	private static ErrorCode code(ErrorClassification type) {
		if (type != null && "BadFaithIntrospection".equals(type.toString())) {
			// graphql-java's own bound on introspection: a bound like ours.
			return ErrorCode.LIMIT_EXCEEDED;
		}
		if (type == ErrorType.NOT_FOUND) {
			return ErrorCode.NOT_FOUND;
		}
		if (type == ErrorType.FORBIDDEN || type == ErrorType.UNAUTHORIZED) {
			return ErrorCode.FORBIDDEN;
		}
		if (type == ErrorType.INTERNAL_ERROR) {
			return ErrorCode.INTERNAL;
		}
		return ErrorCode.BAD_REQUEST;
	}

}
