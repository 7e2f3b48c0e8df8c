package org.oversight.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.oversight.model.RelationType;

/**
 * The one declaration of what decides who sees which leads and cases, and who may act on
 * them. {@link Visibility} builds its Cypher from these ties only, and every edit route
 * asks {@link #decidesTie} and {@link #decidesProperty} before it writes, so the reading
 * rule and the editing rule cannot drift apart: whatever {@code Visibility} follows only
 * administrators may change.
 */
public final class AccessRules {

	/** The kinds whose nodes are themselves guarded: a user sees only some of them. */
	public static final Set<String> GUARDED_KINDS = Set.of("Lead", "Case");

	/**
	 * Node properties that decide what a user may do: a member's authorization falls back
	 * to the round's dates (acting on a lead needs a current authorization).
	 */
	public static final Map<String, Set<String>> DECIDING_PROPERTIES = Map.of("InspectionRound",
			Set.of("startDate", "endDate"));

	/**
	 * Every relationship that {@link Visibility} or the acting rules of leads follow,
	 * with the kinds at both ends and the properties on it that decide.
	 */
	public enum Tie {

		/** A lead belongs to the team that found it. */
		LEAD_OF_TEAM("Lead", RelationType.OWNED_BY, "InspectionTeam"),
		/** A lead shared with another team. */
		LEAD_SHARED_WITH_TEAM("Lead", RelationType.SHARED_WITH, "InspectionTeam"),
		/** Team membership; the role and the authorization period decide acting. */
		MEMBER_OF_TEAM("Person", RelationType.MEMBER_OF, "InspectionTeam", "role", "authorizedFrom", "authorizedTo"),
		/** A team works in one round. */
		TEAM_OF_ROUND("InspectionTeam", RelationType.OF_ROUND, "InspectionRound"),
		/** A round is conducted by a party committee. */
		ROUND_OF_COMMITTEE("InspectionRound", RelationType.CONDUCTED_BY, "Organization"),
		/**
		 * The organization tree: a committee sees the rounds of the committees below it.
		 */
		ORGANIZATION_TREE("Organization", RelationType.PART_OF, "Organization"),
		/** A joint inspection (市县联动): the teams of joint rounds share their leads. */
		JOINT_ROUNDS("InspectionRound", RelationType.JOINT_WITH, "InspectionRound"),
		/** A clue transferred (移交) to a discipline body. */
		LEAD_TRANSFERRED_TO("Lead", RelationType.TRANSFERRED_TO, "Organization"),
		/** A case opened on a lead. */
		CASE_FROM_LEAD("Case", RelationType.FROM_LEAD, "Lead"),
		/** A case handled by a discipline body. */
		CASE_HANDLED_BY("Case", RelationType.HANDLED_BY, "Organization");

		private final String from;

		private final RelationType relation;

		private final String to;

		private final Set<String> properties;

		Tie(String from, RelationType relation, String to, String... properties) {
			this.from = from;
			this.relation = relation;
			this.to = to;
			this.properties = Set.of(properties);
		}

		public String from() {
			return this.from;
		}

		public RelationType relation() {
			return this.relation;
		}

		public String to() {
			return this.to;
		}

		/** The properties of the relationship that decide acting. */
		public Set<String> properties() {
			return this.properties;
		}

		/** The relationship type as Cypher writes it in a pattern: {@code :OWNED_BY}. */
		String type() {
			return ":" + this.relation.name();
		}

		/**
		 * Whether a relationship of this type between nodes of these kinds is this tie.
		 * An empty set of kinds (a reference to any kind) may be either.
		 */
		boolean matches(Collection<String> fromKinds, RelationType relation, Collection<String> toKinds) {
			return this.relation == relation && (fromKinds.isEmpty() || fromKinds.contains(this.from))
					&& (toKinds.isEmpty() || toKinds.contains(this.to));
		}

	}

	private AccessRules() {
	}

	/**
	 * Whether writing a relationship of this type, from a node of one of
	 * {@code fromKinds} to one of {@code toKinds}, changes who sees or may act on a lead
	 * or case: a tie of {@link Tie}, or any relationship of a guarded kind.
	 */
	public static boolean decidesTie(Collection<String> fromKinds, RelationType relation, Collection<String> toKinds) {
		if (fromKinds.stream().anyMatch(GUARDED_KINDS::contains)
				|| toKinds.stream().anyMatch(GUARDED_KINDS::contains)) {
			return true;
		}
		return Arrays.stream(Tie.values()).anyMatch((tie) -> tie.matches(fromKinds, relation, toKinds));
	}

	/** Whether this property of an entity of this kind decides what a user may do. */
	public static boolean decidesProperty(String kind, String property) {
		return DECIDING_PROPERTIES.getOrDefault(kind, Set.of()).contains(property);
	}

	/** Whether entities of this kind are guarded (only administrators write them). */
	public static boolean guards(String kind) {
		return GUARDED_KINDS.contains(kind);
	}

}
