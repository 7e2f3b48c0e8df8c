package org.oversight.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.oversight.security.AccessRules.Tie.CASE_FROM_LEAD;
import static org.oversight.security.AccessRules.Tie.CASE_HANDLED_BY;
import static org.oversight.security.AccessRules.Tie.JOINT_ROUNDS;
import static org.oversight.security.AccessRules.Tie.LEAD_OF_TEAM;
import static org.oversight.security.AccessRules.Tie.LEAD_SHARED_WITH_TEAM;
import static org.oversight.security.AccessRules.Tie.LEAD_TRANSFERRED_TO;
import static org.oversight.security.AccessRules.Tie.MEMBER_OF_TEAM;
import static org.oversight.security.AccessRules.Tie.ORGANIZATION_TREE;
import static org.oversight.security.AccessRules.Tie.ROUND_OF_COMMITTEE;
import static org.oversight.security.AccessRules.Tie.TEAM_OF_ROUND;

/**
 * Who is asking, reduced to what decides which leads and cases exist for them. Every read
 * of the graph takes one and adds {@link #allows(String)} to its Cypher, so a lead or
 * case the user may not see is never returned, counted or followed, whatever the route.
 * The Cypher text comes only from here and depends only on the role; the user's bindings
 * are parameters. It follows only the ties {@link AccessRules} declares, which is what
 * keeps edits of those ties for administrators.
 *
 * @param role the role
 * @param personId for INSPECTOR: the person whose team memberships count (the teams' own
 * leads, the leads shared with them, and the leads of a joint inspection they take part
 * in)
 * @param committeeId for LEADERSHIP: the party committee
 * @param orgId for DISCIPLINE: the discipline body
 */
public record Visibility(Role role, String personId, String committeeId, String orgId) {

	/** Sees everything: administrators, and the server's own work (import, startup). */
	public static final Visibility ALL = new Visibility(Role.ADMIN, null, null, null);

	/** Sees no lead and no case: what a request without a user gets. */
	public static final Visibility NONE = new Visibility(Role.ANALYST, null, null, null);

	/**
	 * A Cypher predicate that is true when the node bound to {@code node} may be seen:
	 * any node that is neither a lead nor a case, and the leads and cases the role
	 * entitles to.
	 */
	public String allows(String node) {
		if (this.role == Role.ADMIN) {
			return "true";
		}
		int colon = node.indexOf(':');
		if (colon > 0) {
			// A query's marker that names the label it matched the node with.
			return allows(node.substring(0, colon), Set.of(node.substring(colon + 1)));
		}
		return "(NOT (" + node + ":Lead OR " + node + ":Case) OR (" + node + ":Lead AND " + lead(node) + ") OR (" + node
				+ ":Case AND " + kase(node) + "))";
	}

	/**
	 * {@link #allows(String)} for a node known to be of one of these kinds (a typed list,
	 * a reference or relation whose targets the model names): unless one of them is a
	 * lead or a case, no lead space needs reading, and the predicate is the kinds' labels
	 * alone. The lead-space predicate in every such query cost the planner seconds per
	 * new statement (a filter with two references, twenty), for nothing.
	 * @param kinds the kinds the node may be; empty for any
	 */
	public String allows(String node, Collection<String> kinds) {
		if (this.role == Role.ADMIN) {
			return "true";
		}
		if (kinds.equals(Set.of("Lead"))) {
			return lead(node);
		}
		if (kinds.equals(Set.of("Case"))) {
			return kase(node);
		}
		if (kinds.isEmpty() || kinds.contains("Lead") || kinds.contains("Case")) {
			return allows(node);
		}
		return "(" + kinds.stream().sorted().map((k) -> node + ":`" + k + "`").collect(Collectors.joining(" OR "))
				+ ")";
	}

	/** The parameters {@link #allows(String)} refers to. */
	public Map<String, Object> parameters() {
		Map<String, Object> params = new HashMap<>();
		params.put("vPerson", this.personId);
		params.put("vCommittee", this.committeeId);
		params.put("vOrg", this.orgId);
		return params;
	}

	/** The parameters of a query with these visibility parameters added. */
	public Map<String, Object> with(Map<String, Object> query) {
		Map<String, Object> all = new HashMap<>(query);
		all.putAll(parameters());
		return all;
	}

	private String lead(String l) {
		return switch (this.role) {
			case ADMIN -> "true";
			case ANALYST -> "false";
			case INSPECTOR -> "(EXISTS { (" + l + ")-[" + LEAD_OF_TEAM.type() + "|"
					+ LEAD_SHARED_WITH_TEAM.relation().name() + "]->(:InspectionTeam)<-[" + MEMBER_OF_TEAM.type()
					+ "]-(:Person {id: $vPerson}) }" + " OR " + jointLeadSpace(l) + ")";
			case LEADERSHIP ->
				"EXISTS { (" + l + ")-[" + LEAD_OF_TEAM.type() + "]->(:InspectionTeam)-[" + TEAM_OF_ROUND.type()
						+ "]->(:InspectionRound)-[" + ROUND_OF_COMMITTEE.type() + "]->(:Organization)" + "-["
						+ ORGANIZATION_TREE.type() + "*0..]->(:Organization {id: $vCommittee}) }";
			case DISCIPLINE ->
				"EXISTS { (" + l + ")-[" + LEAD_TRANSFERRED_TO.type() + "]->(:Organization {id: $vOrg}) }";
		};
	}

	/**
	 * The shared lead space of a joint inspection (市县联动): a member of a team of a round
	 * that is joint with others sees the leads owned by the teams of every round of that
	 * joint inspection. A joint inspection is a city round with the county rounds joined
	 * to it, so two county rounds are two {@code JOINT_WITH} steps apart (through the
	 * city round); {@code JOINT_WITH} is stored once per pair and read in both
	 * directions. The member's authorization period does not limit reading: a team keeps
	 * its archive.
	 */
	private static String jointLeadSpace(String l) {
		String joint = JOINT_ROUNDS.type();
		return "EXISTS { MATCH (" + l + ")-[" + LEAD_OF_TEAM.type() + "]->(:InspectionTeam)-[" + TEAM_OF_ROUND.type()
				+ "]->(:InspectionRound)-[" + joint + "*0..2]-(jointRound:InspectionRound)" + "<-["
				+ TEAM_OF_ROUND.type() + "]-(:InspectionTeam)<-[" + MEMBER_OF_TEAM.type() + "]-(:Person {id: $vPerson})"
				+ " WHERE EXISTS { (jointRound)-[" + joint + "]-(:InspectionRound) } }";
	}

	private String kase(String c) {
		String viaLead = "EXISTS { (" + c + ")-[" + CASE_FROM_LEAD.type() + "]->(visibleLead:Lead) WHERE "
				+ lead("visibleLead") + " }";
		return switch (this.role) {
			case ADMIN -> "true";
			case ANALYST -> "false";
			case INSPECTOR, LEADERSHIP -> viaLead;
			case DISCIPLINE -> "(" + viaLead + " OR EXISTS { (" + c + ")-[" + CASE_HANDLED_BY.type()
					+ "]->(:Organization {id: $vOrg}) })";
		};
	}

}
