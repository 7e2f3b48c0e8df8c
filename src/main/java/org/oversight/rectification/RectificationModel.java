package org.oversight.rectification;

import static org.oversight.model.Field.bool;
import static org.oversight.model.Field.code;
import static org.oversight.model.Field.date;
import static org.oversight.model.Field.ref;
import static org.oversight.model.Field.text;
import static org.oversight.model.RelationField.in;
import static org.oversight.model.RelationField.one;
import static org.oversight.model.RelationField.out;

import java.util.List;
import java.util.Set;

import org.oversight.finding.FindingCategory;
import org.oversight.model.EntityType;
import org.oversight.model.Field;
import org.oversight.model.LinkType;
import org.oversight.model.ModelContribution;
import org.oversight.model.RelationField;
import org.oversight.model.RelationType;
import org.springframework.stereotype.Component;

/**
 * Rectification tasks (整改任务), the lines of the rectification ledger with its five lists
 * (问题、任务、责任、督办、效果清单); the revisits that verify them (回头看); the accountability actions
 * that answer them; and the hand-overs of problems of one kind to their sector's
 * competent department (移交行业主管部门).
 */
@Component
class RectificationModel implements ModelContribution {

	static final String RECTIFICATION = "Rectification";

	static final String HANDOVER = "Handover";

	static final EntityType TASK = new EntityType(RECTIFICATION, "rectifications.csv", "整改任务",
			List.of(ref("finding_id", RelationType.RECTIFIES, "Finding").required(), text("task").required(),
					date("deadline").required(), code("status", RectificationStatus.class).required(),
					ref("responsible_org_id", RelationType.RESPONSIBLE_ORG, "Organization"),
					ref("responsible_person_id", RelationType.RESPONSIBLE_PERSON, "Person"), date("completed_date"),
					text("regulation"), text("name"), text("evidence"), text("measures"), text("problem"),
					ref("supervisor_id", RelationType.SUPERVISED_BY, "Organization"), text("supervision"),
					text("effect"), bool("on_the_spot"), ref("signed_by", RelationType.SIGNED_BY, "Person"),
					date("signed_date"), date("published_date"), text("published_in"), date("fed_back_date")),
			"-[:RESPONSIBLE_ORG]->", false);

	static final EntityType HANDOVER_TYPE = new EntityType(HANDOVER, "handovers.csv", "移交行业主管部门",
			List.of(ref("regulator_id", RelationType.HANDED_TO, "Organization").required(),
					date("handed_date").required(), code("category", FindingCategory.class).required(), text("name"),
					text("summary"), text("answer"), date("answered_date")),
			"-[:HANDED_TO]->", false);

	/**
	 * A revisit's verdict: the task, the revisit round, the day; with the completion it
	 * judged and the deadline that stood before it, so that a task's state on any past
	 * day can be read from its dates (figures as of a date).
	 */
	static final LinkType VERIFICATIONS = new LinkType("verifications.csv", RelationType.VERIFIED_IN,
			ref("rectification_id", RelationType.VERIFIED_IN, RECTIFICATION).required(),
			ref("round_id", RelationType.VERIFIED_IN, "InspectionRound").required(), List.of(date("date").required()),
			List.of(bool("passed").required(), text("note"), date("new_deadline"), text("by"), date("completed_date"),
					date("previous_deadline")),
			false, "rectification", "round", null);

	/** An accountability action (约谈, 问责, a sanction) answering a task. */
	static final LinkType ACCOUNTABILITY = new LinkType("accountability.csv", RelationType.ANSWERS,
			ref("sanction_id", RelationType.ANSWERS, "Sanction").required(),
			ref("rectification_id", RelationType.ANSWERS, RECTIFICATION).required(), List.of(), List.of(), false,
			"sanction", "rectification", null);

	/** The findings one hand-over covers. */
	static final LinkType HANDOVER_FINDINGS = new LinkType("handover_findings.csv", RelationType.COVERS,
			ref("handover_id", RelationType.COVERS, HANDOVER).required(),
			ref("finding_id", RelationType.COVERS, "Finding").required(), List.of(), List.of(), false, "handover",
			"finding", null);

	@Override
	public List<EntityType> entityTypes() {
		return List.of(TASK, HANDOVER_TYPE);
	}

	@Override
	public List<LinkType> linkTypes() {
		return List.of(VERIFICATIONS, ACCOUNTABILITY, HANDOVER_FINDINGS);
	}

	@Override
	public Set<String> controlledKinds() {
		return Set.of(RECTIFICATION, HANDOVER);
	}

	@Override
	public List<RelationField> relationFields() {
		return List.of(one(RECTIFICATION, "finding", RelationType.RECTIFIES, "Finding"),
				one(RECTIFICATION, "responsibleOrg", RelationType.RESPONSIBLE_ORG, "Organization"),
				one(RECTIFICATION, "responsiblePerson", RelationType.RESPONSIBLE_PERSON, "Person"),
				one(RECTIFICATION, "supervisor", RelationType.SUPERVISED_BY, "Organization"),
				one(RECTIFICATION, "signedBy", RelationType.SIGNED_BY, "Person"),
				one(HANDOVER, "regulator", RelationType.HANDED_TO, "Organization"),
				out(HANDOVER, "findings", RelationType.COVERS, "Finding"),
				in(HANDOVER, "fixes", RelationType.FOLLOWS, "InstitutionalFix"),
				in("Finding", "handovers", RelationType.COVERS, HANDOVER));
	}

	static Field field(EntityType type, String name) {
		return type.field(name).orElseThrow();
	}

}
