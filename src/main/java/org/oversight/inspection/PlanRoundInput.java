package org.oversight.inspection;

import java.util.List;

/**
 * A round with its teams, authorized and assembled in one step (一次一授权、一次一组合).
 *
 * @param id the round's id
 * @param name its name
 * @param committeeId the committee conducting it, whose pools supply the teams
 * @param type the round's kind
 * @param termId its term, or null
 * @param number its number in the term, or null
 * @param startDate its first day
 * @param endDate its last day
 * @param sector the sector of a special round, or null
 * @param teams the teams
 * @param lookbackYears how far back recusal looks
 */
public record PlanRoundInput(String id, String name, String committeeId, String type, String termId, Integer number,
		String startDate, String endDate, String sector, List<Team> teams, Integer lookbackYears) {

	/**
	 * @param id the team's id
	 * @param name its name
	 * @param leaderId from the leader pool
	 * @param members from the talent pool
	 * @param targetIds the organizations it inspects
	 */
	public record Team(String id, String name, String leaderId, List<Member> members, List<String> targetIds) {
	}

	/**
	 * @param personId the person
	 * @param role DEPUTY, MEMBER or LIAISON
	 * @param specialty one of the person's talent-pool specialties, or null for the first
	 */
	public record Member(String personId, String role, String specialty) {
	}

}
