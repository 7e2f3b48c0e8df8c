package org.oversight.inspection;

/**
 * A person assigned to a team for its round (一次一授权、一次一组合).
 *
 * @param teamId the team
 * @param personId the person, from the leader or talent pool
 * @param role LEADER, DEPUTY, MEMBER or LIAISON
 * @param specialty e.g. 财政, 审计, 工程规划
 * @param authorizedFrom first day of the authorization, within the round
 * @param authorizedTo last day, within the round
 * @param overrideReason the written reason for assigning a member despite conflicts
 * @param lookbackYears how far back past positions count (default 5)
 */
public record AssignMemberInput(String teamId, String personId, String role, String specialty, String authorizedFrom,
		String authorizedTo, String overrideReason, Integer lookbackYears) {
}
