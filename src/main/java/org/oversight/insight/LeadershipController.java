package org.oversight.insight;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.oversight.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code figureView}, {@code rectificationRates}, {@code coveragePlan} and the
 * drill-downs ({@code figureRecords}, {@code ledgerRecords}): one query per view of
 * leadership's pages.
 */
@Controller
class LeadershipController {

	private final LeadershipViews views;

	LeadershipController(LeadershipViews views) {
		this.views = views;
	}

	@QueryMapping
	FigureView figureView(@Argument String termId, @Argument String roundId, @Argument String committeeId,
			@Argument Boolean combined, @Argument String asOf, DataFetchingEnvironment env) {
		return this.views.figureView(InsightController.scope(termId, roundId, committeeId, combined), asOf,
				Caller.visibility(env));
	}

	@QueryMapping
	List<RateRow> rectificationRates(@Argument String by, @Argument String termId, @Argument String roundId,
			@Argument String committeeId, @Argument Boolean combined, @Argument String asOf,
			@Argument RateDefinition definition, DataFetchingEnvironment env) {
		return this.views.rates(by, InsightController.scope(termId, roundId, committeeId, combined), asOf,
				(definition != null) ? definition : RateDefinition.PER_PROBLEM, Caller.visibility(env));
	}

	@QueryMapping
	FigureRecords figureRecords(@Argument FigureKind figure, @Argument String termId, @Argument String roundId,
			@Argument String committeeId, @Argument Boolean combined, @Argument String asOf, @Argument String by,
			@Argument String key, @Argument String sanctionType, @Argument String form, @Argument Integer first,
			DataFetchingEnvironment env) {
		return this.views.records(figure, InsightController.scope(termId, roundId, committeeId, combined), asOf, by,
				key, sanctionType, form, (first != null) ? first : 500, Caller.visibility(env));
	}

	@QueryMapping
	CoveragePlan coveragePlan(@Argument String termId, @Argument String committeeId, @Argument Boolean combined,
			@Argument String asOf, @Argument Integer first, DataFetchingEnvironment env) {
		return this.views.coveragePlan(termId, committeeId, Boolean.TRUE.equals(combined), asOf,
				(first != null) ? first : 50, Caller.visibility(env));
	}

	@QueryMapping
	LedgerRecords ledgerRecords(@Argument LedgerRecordKind records, @Argument String termId, @Argument String roundId,
			@Argument String committeeId, @Argument Boolean combined, @Argument String asOf, @Argument String by,
			@Argument String key, @Argument Integer first, DataFetchingEnvironment env) {
		return this.views.ledgerRecords(records, InsightController.scope(termId, roundId, committeeId, combined), asOf,
				by, key, (first != null) ? first : 500, Caller.visibility(env));
	}

}
