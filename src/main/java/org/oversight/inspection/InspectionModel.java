package org.oversight.inspection;

import static org.oversight.model.RelationField.one;
import static org.oversight.model.RelationField.in;
import static org.oversight.model.RelationField.out;
import static org.oversight.model.RelationField.ties;
import static org.oversight.model.Field.bool;
import static org.oversight.model.Field.code;
import static org.oversight.model.Field.date;
import static org.oversight.model.Field.integer;
import static org.oversight.model.Field.ref;
import static org.oversight.model.Field.text;

import java.util.List;

import org.oversight.model.EntityType;
import org.oversight.model.LinkType;
import org.oversight.model.ModelContribution;
import org.oversight.model.RelationType;
import org.oversight.organization.Sector;
import org.oversight.model.RelationField;
import org.oversight.model.RelationField.Direction;
import org.springframework.stereotype.Component;

/**
 * Terms, inspection rounds, teams, their members and their targets.
 */
@Component
class InspectionModel implements ModelContribution {

	@Override
	public List<EntityType> entityTypes() {
		EntityType term = new EntityType("Term", "terms.csv", "届",
				List.of(text("name").required(),
						ref("committee_id", RelationType.OF_COMMITTEE, "Organization").required(), date("start_date"),
						date("end_date")),
				"-[:OF_COMMITTEE]->", false);
		EntityType round = new EntityType("InspectionRound", "rounds.csv", "巡察轮次", List.of(text("name").required(),
				ref("committee_id", RelationType.CONDUCTED_BY, "Organization").required(),
				code("type", RoundType.class).required(), text("term"), ref("term_id", RelationType.IN_TERM, "Term"),
				integer("number"), date("start_date"), date("end_date"), code("sector", Sector.class)),
				"-[:CONDUCTED_BY]->", true);
		EntityType team = new EntityType("InspectionTeam", "teams.csv", "巡察组",
				List.of(ref("round_id", RelationType.OF_ROUND, "InspectionRound").required(), text("name").required()),
				"-[:OF_ROUND]->(:InspectionRound)-[:CONDUCTED_BY]->", true);
		return List.of(term, round, team);
	}

	@Override
	public List<LinkType> linkTypes() {
		LinkType joint = new LinkType("joint_rounds.csv", RelationType.JOINT_WITH,
				ref("round_id", RelationType.JOINT_WITH, "InspectionRound").required(),
				ref("partner_round_id", RelationType.JOINT_WITH, "InspectionRound").required(), List.of(), List.of(),
				false, "round", "partnerRound", null);
		LinkType members = new LinkType("team_members.csv", RelationType.MEMBER_OF,
				ref("person_id", RelationType.MEMBER_OF, "Person").required(),
				ref("team_id", RelationType.MEMBER_OF, "InspectionTeam").required(), List.of(),
				List.of(code("role", MemberRole.class).required(), text("specialty"), date("authorized_from"),
						date("authorized_to"), text("override_reason")),
				false, "person", "team", "TeamMembership");
		LinkType targets = new LinkType("team_targets.csv", RelationType.TARGETS,
				ref("team_id", RelationType.TARGETS, "InspectionTeam").required(),
				ref("org_id", RelationType.TARGETS, "Organization").required(), List.of(), List.of(), false, "team",
				"organization", null);
		LinkType pool = new LinkType("pool_members.csv", RelationType.IN_POOL,
				ref("person_id", RelationType.IN_POOL, "Person").required(),
				ref("committee_id", RelationType.IN_POOL, "Organization").required(),
				List.of(code("pool", PoolKind.class).required(), code("specialty", Specialty.class).required()),
				List.of(bool("available"), text("note")), false, "person", "committee", "PoolMembership");
		return List.of(joint, members, targets, pool);
	}

	@Override
	public List<RelationField> relationFields() {
		return List.of(one("Term", "committee", RelationType.OF_COMMITTEE, "Organization"),
				in("Term", "rounds", RelationType.IN_TERM, "InspectionRound"),
				one("InspectionRound", "committee", RelationType.CONDUCTED_BY, "Organization"),
				one("InspectionRound", "termOf", RelationType.IN_TERM, "Term"),
				in("InspectionRound", "teams", RelationType.OF_ROUND, "InspectionTeam"),
				new RelationField("InspectionRound", "jointRounds", RelationType.JOINT_WITH, Direction.BOTH,
						"InspectionRound", RelationField.Shape.MANY),
				one("InspectionTeam", "round", RelationType.OF_ROUND, "InspectionRound"),
				ties("InspectionTeam", "members", RelationType.MEMBER_OF, Direction.IN),
				out("InspectionTeam", "targets", RelationType.TARGETS, "Organization"),
				in("InspectionTeam", "findings", RelationType.FOUND_BY, "Finding"),
				ties("Organization", "poolMembers", RelationType.IN_POOL, Direction.IN),
				ties("Person", "pools", RelationType.IN_POOL, Direction.OUT));
	}

}
