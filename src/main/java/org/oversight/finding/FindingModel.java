package org.oversight.finding;

import static org.oversight.model.RelationField.one;
import static org.oversight.model.RelationField.in;
import static org.oversight.model.RelationField.ties;
import static org.oversight.model.Field.code;
import static org.oversight.model.Field.date;
import static org.oversight.model.Field.decimal;
import static org.oversight.model.Field.ref;
import static org.oversight.model.Field.text;

import java.util.List;

import org.oversight.model.EntityType;
import org.oversight.model.LinkType;
import org.oversight.model.ModelContribution;
import org.oversight.model.RelationType;
import org.oversight.model.RelationField;
import org.oversight.model.RelationField.Direction;
import org.oversight.organization.Sector;
import org.springframework.stereotype.Component;

/**
 * Findings (发现问题), the entities they implicate, the institutional fixes they prompted and
 * the petitions that fed inspection.
 */
@Component
class FindingModel implements ModelContribution {

	@Override
	public List<EntityType> entityTypes() {
		EntityType finding = new EntityType("Finding", "findings.csv", "问题",
				List.of(ref("team_id", RelationType.FOUND_BY, "InspectionTeam").required(),
						ref("org_id", RelationType.CONCERNS, "Organization").required(),
						code("category", FindingCategory.class).required(), date("found_date").required(),
						code("sector", Sector.class), code("severity", Severity.class), text("title"),
						text("description"), decimal("amount")),
				"-[:CONCERNS]->", true);
		EntityType fix = new EntityType("InstitutionalFix", "institutional_fixes.csv", "建章立制",
				List.of(text("name").required(), ref("org_id", RelationType.ISSUED_BY, "Organization").required(),
						date("issued_date"), ref("finding_id", RelationType.PROMPTED_BY, "Finding"),
						ref("handover_id", RelationType.FOLLOWS, "Handover")),
				"-[:ISSUED_BY]->", true);
		EntityType petition = new EntityType("Petition", "petitions.csv", "信访件",
				List.of(date("received_date").required(), text("name"), text("summary"),
						ref("about_id", RelationType.ABOUT),
						ref("received_by", RelationType.RECEIVED_BY, "Organization"),
						code("status", PetitionStatus.class)),
				"-[:RECEIVED_BY]->", false);
		return List.of(finding, fix, petition);
	}

	@Override
	public List<LinkType> linkTypes() {
		return List.of(new LinkType("finding_links.csv", RelationType.IMPLICATES,
				ref("finding_id", RelationType.IMPLICATES, "Finding").required(),
				ref("entity_id", RelationType.IMPLICATES).required(), List.of(code("role", LinkRole.class).required()),
				List.of(), false, "source", "entity", "Implication"));
	}

	@Override
	public List<RelationField> relationFields() {
		return List.of(one("Finding", "team", RelationType.FOUND_BY, "InspectionTeam"),
				one("Finding", "organization", RelationType.CONCERNS, "Organization"),
				ties("Finding", "implicates", RelationType.IMPLICATES, Direction.OUT),
				in("Finding", "rectifications", RelationType.RECTIFIES, "Rectification"),
				in("Finding", "fixes", RelationType.PROMPTED_BY, "InstitutionalFix"),
				one("InstitutionalFix", "organization", RelationType.ISSUED_BY, "Organization"),
				one("InstitutionalFix", "finding", RelationType.PROMPTED_BY, "Finding"),
				one("InstitutionalFix", "handover", RelationType.FOLLOWS, "Handover"),
				one("Petition", "about", RelationType.ABOUT, null),
				one("Petition", "receivedBy", RelationType.RECEIVED_BY, "Organization"));
	}

}
