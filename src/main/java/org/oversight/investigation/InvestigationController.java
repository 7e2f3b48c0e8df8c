package org.oversight.investigation;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.oversight.security.Caller;
import org.oversight.store.Page;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code investigation}, {@code investigations}, {@code saveInvestigation},
 * {@code updateInvestigation}, {@code deleteInvestigation}, {@code shareInvestigation},
 * {@code revokeInvestigationShare}. Thin: {@link Investigations} decides.
 */
@Controller
class InvestigationController {

	private final Investigations investigations;

	InvestigationController(Investigations investigations) {
		this.investigations = investigations;
	}

	@QueryMapping
	Investigation investigation(@Argument String id, DataFetchingEnvironment env) {
		return this.investigations.open(id, Caller.of(env));
	}

	@QueryMapping
	List<Investigation.Summary> investigations(@Argument Investigation.Scope scope, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return this.investigations.list((scope != null) ? scope : Investigation.Scope.ALL, Page.of(first, after),
				Caller.of(env));
	}

	@MutationMapping
	Investigation saveInvestigation(@Argument InvestigationInput input, DataFetchingEnvironment env) {
		return this.investigations.save(input, Caller.of(env));
	}

	@MutationMapping
	Investigation updateInvestigation(@Argument String id, @Argument int expectedVersion,
			@Argument InvestigationInput input, DataFetchingEnvironment env) {
		return this.investigations.update(id, expectedVersion, input, Caller.of(env));
	}

	@MutationMapping
	boolean deleteInvestigation(@Argument String id, DataFetchingEnvironment env) {
		return this.investigations.delete(id, Caller.of(env));
	}

	@MutationMapping
	Investigation shareInvestigation(@Argument String id, @Argument String teamId, DataFetchingEnvironment env) {
		return this.investigations.share(id, teamId, Caller.of(env));
	}

	@MutationMapping
	boolean revokeInvestigationShare(@Argument String id, @Argument String teamId, DataFetchingEnvironment env) {
		return this.investigations.revoke(id, teamId, Caller.of(env));
	}

}
