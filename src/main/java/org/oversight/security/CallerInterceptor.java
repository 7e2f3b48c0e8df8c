package org.oversight.security;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts the signed-in user into the GraphQL context of the request, where every data
 * fetcher and batch loader finds it, on whatever thread it runs.
 */
@Component
class CallerInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		Caller caller = (auth != null && auth.getPrincipal() instanceof Principal principal)
				? new Caller(principal.user().name(), principal.user().visibility(),
						String.valueOf(request.getRemoteAddress()))
				: Caller.NOBODY;
		request.configureExecutionInput(
				(input, builder) -> builder.graphQLContext((context) -> context.put(Caller.class, caller)).build());
		return chain.next(request);
	}

}
