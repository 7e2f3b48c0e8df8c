package org.oversight.insight;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.oversight.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code systemicIssues} and {@code commonEntities}.
 */
@Controller
class SystemicController {

	private final SystemicIssues issues;

	SystemicController(SystemicIssues issues) {
		this.issues = issues;
	}

	@QueryMapping
	List<SystemicIssue> systemicIssues(@Argument int minOrgs, @Argument double minShare, @Argument String termId,
			@Argument List<String> roundIds, @Argument String committeeId, @Argument Boolean combined,
			DataFetchingEnvironment env) {
		return this.issues.issues(minOrgs, minShare, termId, roundIds, committeeId, Boolean.TRUE.equals(combined),
				Caller.visibility(env));
	}

	@QueryMapping
	List<CommonEntity> commonEntities(@Argument int minOrgs, @Argument int first, DataFetchingEnvironment env) {
		return this.issues.commonEntities(minOrgs, first, Caller.visibility(env));
	}

}
