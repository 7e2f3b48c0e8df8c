package org.oversight.household;

import static org.oversight.model.Field.code;
import static org.oversight.model.Field.date;
import static org.oversight.model.Field.decimal;
import static org.oversight.model.Field.idProperty;
import static org.oversight.model.Field.ref;
import static org.oversight.model.Field.text;
import static org.oversight.model.RelationField.in;
import static org.oversight.model.RelationField.one;
import static org.oversight.model.RelationField.ties;

import java.util.List;

import org.oversight.model.EntityType;
import org.oversight.model.LinkType;
import org.oversight.model.ModelContribution;
import org.oversight.model.RelationField;
import org.oversight.model.RelationField.Direction;
import org.oversight.model.RelationType;
import org.springframework.stereotype.Component;

/**
 * Households in their village, their members, and the subsidies paid to them. A subsidy
 * is a link from the paying account to the household, keyed by its date and kind: the
 * household holds no account of the model, and one payment of one kind on one day is one
 * subsidy (the sample's and the bank rolls' granularity).
 */
@Component
class HouseholdModel implements ModelContribution {

	@Override
	public List<EntityType> entityTypes() {
		return List.of(new EntityType("Household", "households.csv", "农户",
				List.of(text("name").required(), ref("village_id", RelationType.IN_VILLAGE, "Organization").required(),
						code("poverty_status", PovertyStatus.class), code("allowance", Allowance.class)),
				// Not in the full-text index (entity_names, V0001): households are found
				// by
				// their village, not by a name search.
				"-[:IN_VILLAGE]->", false));
	}

	@Override
	public List<LinkType> linkTypes() {
		LinkType members = new LinkType("household_members.csv", RelationType.HOUSEHOLD_MEMBER,
				ref("person_id", RelationType.HOUSEHOLD_MEMBER, "Person").required(),
				ref("household_id", RelationType.HOUSEHOLD_MEMBER, "Household").required(), List.of(),
				List.of(code("role", HouseholdRole.class)), false, "person", "household", "HouseholdMember");
		LinkType subsidies = new LinkType("subsidies.csv", RelationType.SUBSIDY_PAID,
				ref("from_account_id", RelationType.SUBSIDY_PAID, "Account").required(),
				ref("household_id", RelationType.SUBSIDY_PAID, "Household").required(),
				List.of(date("date").required(), code("kind", SubsidyKind.class).required()),
				List.of(decimal("amount").required(), idProperty("fund_id", "Fund"), text("purpose")), false, "account",
				"household", "Subsidy");
		return List.of(members, subsidies);
	}

	@Override
	public List<RelationField> relationFields() {
		return List.of(one("Household", "village", RelationType.IN_VILLAGE, "Organization"),
				ties("Household", "members", RelationType.HOUSEHOLD_MEMBER, Direction.IN),
				ties("Household", "subsidies", RelationType.SUBSIDY_PAID, Direction.IN),
				in("Organization", "households", RelationType.IN_VILLAGE, "Household"),
				ties("Person", "households", RelationType.HOUSEHOLD_MEMBER, Direction.OUT),
				ties("Account", "subsidies", RelationType.SUBSIDY_PAID, Direction.OUT));
	}

}
