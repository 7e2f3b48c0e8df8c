package org.oversight.security;

import java.util.Arrays;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.oversight.model.DomainException;
import org.oversight.model.ErrorCode;

/**
 * The user behind a GraphQL request, as {@link CallerInterceptor} put them into the
 * request's context. A request without one sees no lead and no case and may change
 * nothing: the defaults fail closed.
 *
 * @param name the login name
 * @param visibility what they may see
 * @param remote where the request came from (for the audit trail)
 */
public record Caller(String name, Visibility visibility, String remote) {

	static final Caller NOBODY = new Caller("anonymous", Visibility.NONE, null);

	public static Caller of(DataFetchingEnvironment env) {
		return of(env.getGraphQlContext());
	}

	public static Caller of(GraphQLContext context) {
		Caller caller = (context != null) ? context.get(Caller.class) : null;
		return (caller != null) ? caller : NOBODY;
	}

	public static Visibility visibility(DataFetchingEnvironment env) {
		return of(env).visibility();
	}

	/** Refuses unless the caller has one of the roles. */
	public Caller require(Role... roles) {
		if (this == NOBODY || Arrays.stream(roles).noneMatch((r) -> r == this.visibility.role())) {
			throw new DomainException(ErrorCode.FORBIDDEN, null,
					"This needs the role " + String.join(" or ", Arrays.stream(roles).map(Role::name).toList()));
		}
		return this;
	}

}
