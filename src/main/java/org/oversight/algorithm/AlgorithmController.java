package org.oversight.algorithm;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.oversight.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code rings}, {@code brokers} and {@code similarOrganizations}.
 */
@Controller
class AlgorithmController {

	private final AlgorithmService algorithms;

	AlgorithmController(AlgorithmService algorithms) {
		this.algorithms = algorithms;
	}

	@QueryMapping
	List<Ring> rings(@Argument CommunityMethod method, @Argument Integer minSize, @Argument Integer first,
			@Argument String scope, DataFetchingEnvironment env) {
		return this.algorithms.rings((method != null) ? method : CommunityMethod.WCC, (minSize != null) ? minSize : 3,
				(first != null) ? first : 20, scope, Caller.visibility(env));
	}

	@QueryMapping
	List<Broker> brokers(@Argument BrokerMeasure measure, @Argument Integer first, @Argument String scope,
			DataFetchingEnvironment env) {
		return this.algorithms.brokers((measure != null) ? measure : BrokerMeasure.BETWEENNESS,
				(first != null) ? first : 20, scope, Caller.visibility(env));
	}

	@QueryMapping
	List<SimilarOrganization> similarOrganizations(@Argument String id, @Argument Integer first,
			DataFetchingEnvironment env) {
		return this.algorithms.similarOrganizations(id, (first != null) ? first : 10, Caller.visibility(env));
	}

}
