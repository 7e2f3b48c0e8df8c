package org.oversight.rectification;

import static org.oversight.model.RelationField.one;
import static org.oversight.model.Field.code;
import static org.oversight.model.Field.date;
import static org.oversight.model.Field.ref;
import static org.oversight.model.Field.text;

import java.util.List;

import org.oversight.model.EntityType;
import org.oversight.model.ModelContribution;
import org.oversight.model.RelationType;
import org.oversight.model.RelationField;
import org.springframework.stereotype.Component;

/**
 * Rectification tasks (整改任务), the lines of the rectification ledger.
 */
@Component
class RectificationModel implements ModelContribution {

	@Override
	public List<EntityType> entityTypes() {
		return List.of(new EntityType("Rectification", "rectifications.csv", "整改任务",
				List.of(ref("finding_id", RelationType.RECTIFIES, "Finding").required(), text("task").required(),
						date("deadline").required(), code("status", RectificationStatus.class).required(),
						ref("responsible_org_id", RelationType.RESPONSIBLE_ORG, "Organization"),
						ref("responsible_person_id", RelationType.RESPONSIBLE_PERSON, "Person"), date("completed_date"),
						text("regulation"), text("name"), text("evidence"), text("measures")),
				"-[:RESPONSIBLE_ORG]->", false));
	}

	@Override
	public List<RelationField> relationFields() {
		return List.of(one("Rectification", "finding", RelationType.RECTIFIES, "Finding"),
				one("Rectification", "responsibleOrg", RelationType.RESPONSIBLE_ORG, "Organization"),
				one("Rectification", "responsiblePerson", RelationType.RESPONSIBLE_PERSON, "Person"));
	}

}
