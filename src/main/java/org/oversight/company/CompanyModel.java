package org.oversight.company;

import static org.oversight.model.RelationField.in;
import static org.oversight.model.RelationField.ties;
import static org.oversight.model.Field.code;
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
import org.springframework.stereotype.Component;

/**
 * Companies and the persons who own, direct or represent them.
 */
@Component
class CompanyModel implements ModelContribution {

	@Override
	public List<EntityType> entityTypes() {
		return List.of(new EntityType("Company", "companies.csv", "企业",
				List.of(text("name").required(), text("reg_no"), text("address"), text("phone")), null, true));
	}

	@Override
	public List<LinkType> linkTypes() {
		return List.of(new LinkType("company_roles.csv", RelationType.COMPANY_ROLE,
				ref("person_id", RelationType.COMPANY_ROLE, "Person").required(),
				ref("company_id", RelationType.COMPANY_ROLE, "Company").required(),
				List.of(code("role", CompanyRole.class).required()), List.of(decimal("share")), false, "person",
				"company", "CompanyTie"));
	}

	@Override
	public List<RelationField> relationFields() {
		return List.of(ties("Company", "people", RelationType.COMPANY_ROLE, Direction.IN),
				in("Company", "contracts", RelationType.AWARDED_TO, "Contract"),
				in("Company", "accounts", RelationType.HELD_BY, "Account"),
				ties("Company", "bids", RelationType.BID_ON, Direction.OUT));
	}

}
