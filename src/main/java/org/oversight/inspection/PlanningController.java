package org.oversight.inspection;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.oversight.security.Caller;
import org.oversight.security.Role;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Planning a round: recusal screening, team assignment, cross-inspection proposals and
 * joint-inspection counterparts.
 */
@Controller
class PlanningController {

	private final TeamPlanning teams;

	private final CrossInspection cross;

	private final JointInspection joint;

	private final RoundPlanning rounds;

	PlanningController(TeamPlanning teams, CrossInspection cross, JointInspection joint, RoundPlanning rounds) {
		this.teams = teams;
		this.cross = cross;
		this.joint = joint;
		this.rounds = rounds;
	}

	@QueryMapping
	RecusalReport recusalCheck(@Argument String teamId, @Argument List<String> memberIds,
			@Argument List<String> targetIds, @Argument String asOf, @Argument Integer lookbackYears,
			@Argument Boolean includeRegion) {
		return this.teams.check(teamId, memberIds, targetIds, asOf, lookbackYears, includeRegion);
	}

	@QueryMapping
	CrossProposal proposeCrossInspection(@Argument String roundId, @Argument List<String> countyIds,
			@Argument Integer lookbackYears) {
		return this.cross.propose(roundId, countyIds, lookbackYears);
	}

	@QueryMapping
	JointView jointInspection(@Argument String roundId) {
		return this.joint.view(roundId);
	}

	/**
	 * Team membership decides who sees the team's leads, so only administrators assign
	 * (as for the {@code TEAM_MEMBER} link).
	 */
	@MutationMapping
	Assignment assignTeamMember(@Argument AssignMemberInput input, DataFetchingEnvironment env) {
		return this.teams.assign(input, Caller.of(env).require(Role.ADMIN));
	}

	/** Targets decide what the teams work on, so only administrators apply a proposal. */
	@MutationMapping
	CrossProposal applyCrossInspection(@Argument String roundId, @Argument List<String> countyIds,
			@Argument Integer lookbackYears, DataFetchingEnvironment env) {
		return this.cross.apply(roundId, countyIds, lookbackYears, Caller.of(env).require(Role.ADMIN));
	}

	/**
	 * Membership decides who sees the teams' leads, so only administrators plan a round.
	 */
	@MutationMapping
	PlannedRound planRound(@Argument PlanRoundInput input, DataFetchingEnvironment env) {
		return this.rounds.plan(input, Caller.of(env).require(Role.ADMIN));
	}

}
