package org.oversight.trace;

import graphql.schema.DataFetchingEnvironment;
import org.oversight.explore.Subgraph;
import org.oversight.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code moneyTrail} and {@code fundTrace}.
 */
@Controller
class TraceController {

	private final MoneyTrails trails;

	TraceController(MoneyTrails trails) {
		this.trails = trails;
	}

	@QueryMapping
	MoneyTrail moneyTrail(@Argument String from, @Argument String direction, @Argument int maxHops,
			@Argument double minAmount, @Argument double tolerance, DataFetchingEnvironment env) {
		return this.trails.follow(from, !"UPSTREAM".equals(direction), maxHops, minAmount, tolerance,
				Caller.visibility(env));
	}

	@QueryMapping
	Subgraph fundTrace(@Argument String from, @Argument int maxHops, @Argument double minAmount,
			DataFetchingEnvironment env) {
		return this.trails.follow(from, true, maxHops, minAmount, 0.05, Caller.visibility(env)).graph();
	}

}
