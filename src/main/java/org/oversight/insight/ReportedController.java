package org.oversight.insight;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.oversight.security.Caller;
import org.oversight.security.Role;
import org.oversight.store.GraphEntity;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code recordReportedFigure} (administrators and leadership only) and
 * {@code reportedBesideComputed}.
 */
@Controller
class ReportedController {

	private final ReportedFigures reported;

	ReportedController(ReportedFigures reported) {
		this.reported = reported;
	}

	@MutationMapping
	GraphEntity recordReportedFigure(@Argument ReportedFigureInput input, DataFetchingEnvironment env) {
		return this.reported.record(input, Caller.of(env).require(Role.ADMIN, Role.LEADERSHIP));
	}

	@QueryMapping
	List<ReportedBesideComputed> reportedBesideComputed(@Argument String termId, DataFetchingEnvironment env) {
		return this.reported.besideComputed(termId, Caller.visibility(env));
	}

}
