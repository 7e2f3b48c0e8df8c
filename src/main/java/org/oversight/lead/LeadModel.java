package org.oversight.lead;

import static org.oversight.model.RelationField.one;
import static org.oversight.model.RelationField.in;
import static org.oversight.model.RelationField.out;
import static org.oversight.model.RelationField.ties;
import static org.oversight.model.Field.bool;
import static org.oversight.model.Field.code;
import static org.oversight.model.Field.date;
import static org.oversight.model.Field.ref;
import static org.oversight.model.Field.text;

import java.util.List;
import java.util.Set;

import org.oversight.finding.LinkRole;
import org.oversight.model.EntityType;
import org.oversight.model.LinkType;
import org.oversight.model.ModelContribution;
import org.oversight.model.RelationType;
import org.oversight.model.RelationField;
import org.oversight.model.RelationField.Direction;
import org.springframework.stereotype.Component;

/**
 * Leads (问题线索, clues), the cases opened from them and the sanctions that ended them.
 */
@Component
class LeadModel implements ModelContribution {

	/**
	 * How a lead reaches the unit it is about: the unit it names ({@code org_id}), or the
	 * unit of its finding.
	 */
	static final String LEAD_TO_UNIT = "-[:CONCERNS|FROM_FINDING*1..2]->";

	/** The kinds whose lifecycle is controlled: no generic create or update. */
	static final Set<String> CONTROLLED = Set.of("Lead", "Case");

	@Override
	public List<EntityType> entityTypes() {
		EntityType lead = new EntityType("Lead", "leads.csv", "问题线索",
				List.of(ref("team_id", RelationType.OWNED_BY, "InspectionTeam").required(),
						code("source", LeadSource.class).required().as("leadSource"),
						code("status", LeadStatus.class).required(), date("created_date").required(),
						ref("finding_id", RelationType.FROM_FINDING, "Finding"),
						ref("org_id", RelationType.CONCERNS, "Organization"), code("disposal", Disposal.class),
						ref("transferred_to", RelationType.TRANSFERRED_TO, "Organization"), text("summary"),
						text("name"), bool("green_channel")),
				LEAD_TO_UNIT, false);
		// A case belongs to the unit its lead is about (not to the body handling it), so
		// cases(underId), the unit's leads → cases and sanctions(underId) agree.
		EntityType kase = new EntityType("Case", "cases.csv", "案件",
				List.of(date("opened_date").required(), ref("lead_id", RelationType.FROM_LEAD, "Lead"),
						ref("handled_by", RelationType.HANDLED_BY, "Organization"), code("status", CaseStatus.class),
						date("closed_date"), text("name")),
				"-[:FROM_LEAD]->(:Lead)" + LEAD_TO_UNIT, false);
		// A sanction belongs to the unit of its case, or, outside a case (约谈, 诫勉 of a
		// leader whose unit failed to rectify), of the finding it follows from.
		EntityType sanction = new EntityType("Sanction", "sanctions.csv", "处分/问责",
				List.of(ref("person_id", RelationType.AGAINST, "Person").required(),
						code("type", SanctionType.class).required(), date("date").required(),
						ref("case_id", RelationType.IN_CASE, "Case"),
						ref("finding_id", RelationType.FROM_FINDING, "Finding"), text("name"), text("reason")),
				"-[:IN_CASE|FROM_LEAD|FROM_FINDING|CONCERNS*1..4]->", false);
		return List.of(lead, kase, sanction);
	}

	@Override
	public Set<String> controlledKinds() {
		return CONTROLLED;
	}

	@Override
	public List<LinkType> linkTypes() {
		LinkType leadLinks = new LinkType("lead_links.csv", RelationType.IMPLICATES,
				ref("lead_id", RelationType.IMPLICATES, "Lead").required(),
				ref("entity_id", RelationType.IMPLICATES).required(), List.of(code("role", LinkRole.class).required()),
				List.of(), false, "source", "entity", "Implication");
		LinkType subjects = new LinkType("case_subjects.csv", RelationType.SUBJECT,
				ref("case_id", RelationType.SUBJECT, "Case").required(),
				ref("person_id", RelationType.SUBJECT, "Person").required(), List.of(), List.of(), false, "case",
				"person", null);
		LinkType leaders = new LinkType("case_leaders.csv", RelationType.EXAMINES_RESPONSIBILITY,
				ref("case_id", RelationType.EXAMINES_RESPONSIBILITY, "Case").required(),
				ref("person_id", RelationType.EXAMINES_RESPONSIBILITY, "Person").required(), List.of(), List.of(),
				false, "case", "person", null);
		// Shares travel too: who shared (by) and when (at, ISO-8601 as written by
		// shareLead).
		LinkType shares = new LinkType("lead_shares.csv", RelationType.SHARED_WITH,
				ref("lead_id", RelationType.SHARED_WITH, "Lead").required(),
				ref("team_id", RelationType.SHARED_WITH, "InspectionTeam").required(), List.of(),
				List.of(text("note"), text("by"), text("at")), false, "lead", "team", null);
		return List.of(leadLinks, subjects, leaders, shares);
	}

	@Override
	public List<RelationField> relationFields() {
		return List.of(one("Lead", "team", RelationType.OWNED_BY, "InspectionTeam"),
				one("Lead", "finding", RelationType.FROM_FINDING, "Finding"),
				one("Lead", "transferredTo", RelationType.TRANSFERRED_TO, "Organization"),
				one("Lead", "org", RelationType.CONCERNS, "Organization"),
				ties("Lead", "implicates", RelationType.IMPLICATES, Direction.OUT),
				in("Lead", "cases", RelationType.FROM_LEAD, "Case"),
				one("Case", "lead", RelationType.FROM_LEAD, "Lead"),
				one("Case", "handledBy", RelationType.HANDLED_BY, "Organization"),
				out("Case", "subjects", RelationType.SUBJECT, "Person"),
				in("Case", "sanctions", RelationType.IN_CASE, "Sanction"),
				out("Case", "responsibilityExamined", RelationType.EXAMINES_RESPONSIBILITY, "Person"),
				one("Sanction", "person", RelationType.AGAINST, "Person"),
				one("Sanction", "case", RelationType.IN_CASE, "Case"),
				one("Sanction", "finding", RelationType.FROM_FINDING, "Finding"));
	}

}
