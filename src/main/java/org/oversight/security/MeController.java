package org.oversight.security;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.oversight.model.DomainException;
import org.oversight.model.ErrorCode;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code me}: the signed-in user and the workbench pages their role has a use for, so the
 * page holds no rule about roles of its own.
 */
@Controller
class MeController {

	/**
	 * The signed-in user.
	 *
	 * @param name the login name
	 * @param role the role's code
	 * @param roleZh its Chinese term
	 * @param boundTo the person, committee or discipline body of the role, if any
	 * @param pages the workbench pages offered, in menu order
	 * @param mayTriageAlerts whether runRedFlags and updateAlert are open to them
	 * @param mayEdit whether the generic edits are open to them
	 * @param mayRecordFigures whether recordReportedFigure (报送数) is open to them
	 */
	record Me(String name, String role, String roleZh, String boundTo, List<String> pages, boolean mayTriageAlerts,
			boolean mayEdit, boolean mayRecordFigures) {
	}

	@QueryMapping
	Me me(DataFetchingEnvironment env) {
		Caller caller = Caller.of(env);
		if (caller == Caller.NOBODY) {
			throw new DomainException(ErrorCode.FORBIDDEN, null, "Nobody is signed in");
		}
		Visibility visibility = caller.visibility();
		Role role = visibility.role();
		boolean analysis = role == Role.ADMIN || role == Role.ANALYST;
		List<String> pages = new ArrayList<>(List.of("SEARCH", "NETWORK", "INVESTIGATIONS", "MONEY_TRAIL", "ALERTS"));
		// Analysts see no lead at all: a lead board would always be empty for them.
		if (role != Role.ANALYST) {
			pages.add("LEADS");
		}
		// Every role has figures: each counts only what it may see.
		pages.add("COCKPIT");
		String boundTo = switch (role) {
			case INSPECTOR -> visibility.personId();
			case LEADERSHIP -> visibility.committeeId();
			case DISCIPLINE -> visibility.orgId();
			default -> null;
		};
		// The roles ReportedController requires of recordReportedFigure.
		boolean figures = role == Role.ADMIN || role == Role.LEADERSHIP;
		return new Me(caller.name(), role.name(), role.zh(), boundTo, List.copyOf(pages), analysis, analysis, figures);
	}

}
