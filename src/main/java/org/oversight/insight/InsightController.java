package org.oversight.insight;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.oversight.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code figures} and {@code coverage} for leadership.
 */
@Controller
class InsightController {

	private final InsightService insight;

	InsightController(InsightService insight) {
		this.insight = insight;
	}

	@QueryMapping
	Figures figures(@Argument String termId, @Argument String roundId, @Argument String committeeId,
			@Argument Boolean combined, @Argument String asOf, DataFetchingEnvironment env) {
		return this.insight.figures(scope(termId, roundId, committeeId, combined), asOf, Caller.visibility(env));
	}

	static Scope scope(String termId, String roundId, String committeeId, Boolean combined) {
		return new Scope(termId, roundId, committeeId, Boolean.TRUE.equals(combined));
	}

	@QueryMapping
	List<LevelCoverage> coverage(@Argument String termId, @Argument String committeeId, @Argument Boolean combined,
			@Argument String asOf, DataFetchingEnvironment env) {
		return this.insight.coverage(termId, committeeId, Boolean.TRUE.equals(combined), asOf, Caller.visibility(env));
	}

}
