package org.oversight.rectification;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.security.Caller;
import org.oversight.store.GraphEntity;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Hand-overs to the competent department and the roll-up of problems of one kind to it.
 */
@Controller
class HandoverController {

	private final Handovers handovers;

	private final CompetentDepartments departments;

	private final Cypher cypher;

	private final QueryCatalogue queries;

	HandoverController(Handovers handovers, CompetentDepartments departments, Cypher cypher, QueryCatalogue queries) {
		this.handovers = handovers;
		this.departments = departments;
		this.cypher = cypher;
		this.queries = queries;
	}

	@MutationMapping
	GraphEntity handOver(@Argument HandoverInput input, DataFetchingEnvironment env) {
		return this.handovers.handOver(input, LedgerController.editor(env));
	}

	@MutationMapping
	GraphEntity answerHandover(@Argument String id, @Argument String answer, @Argument String date,
			DataFetchingEnvironment env) {
		return this.handovers.answer(id, answer, date, LedgerController.editor(env));
	}

	@MutationMapping
	GraphEntity recordHandoverFix(@Argument String handoverId, @Argument String id, @Argument String name,
			@Argument String issuedDate, DataFetchingEnvironment env) {
		return this.handovers.recordFix(handoverId, id, name, issuedDate, LedgerController.editor(env));
	}

	/**
	 * Problems of one kind rolled up to their competent department; over a term, some
	 * rounds, or everything. Findings and hand-overs are not leads or cases: anyone
	 * signed in may read them.
	 */
	@QueryMapping
	List<DepartmentRollup> competentDepartments(@Argument String committeeId, @Argument String termId,
			@Argument List<String> roundIds, @Argument int minOrgs, DataFetchingEnvironment env) {
		Caller.of(env);
		List<String> rounds = roundIds;
		if (termId != null) {
			if (roundIds != null) {
				throw org.oversight.model.DomainException.badRequest("roundIds", "Give a term or rounds, not both");
			}
			rounds = this.cypher.read(this.queries.text("rectification/rounds-of-term"), Map.of("term", termId),
					(r) -> r.get("id").asString());
		}
		return this.departments.rollup(this.departments.committee(committeeId, termId), rounds, minOrgs);
	}

}
