package org.oversight.person;

import static org.oversight.model.RelationField.in;
import static org.oversight.model.RelationField.ties;
import static org.oversight.model.Field.bool;
import static org.oversight.model.Field.code;
import static org.oversight.model.Field.identifier;
import static org.oversight.model.Field.integer;
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
 * Persons (officials and private persons) and the ties between them.
 */
@Component
class PersonModel implements ModelContribution {

	@Override
	public List<EntityType> entityTypes() {
		return List.of(new EntityType("Person", "persons.csv", "人员",
				List.of(text("name").required(), code("gender", Gender.class), integer("birth_year"),
						bool("party_member"), text("id_hash"), text("id_masked"), identifier("id_number")),
				"-[:HOLDS_POSITION]->", true));
	}

	@Override
	public List<LinkType> linkTypes() {
		return List.of(new LinkType("relations.csv", RelationType.RELATED_TO,
				ref("person_id", RelationType.RELATED_TO, "Person").required(),
				ref("other_person_id", RelationType.RELATED_TO, "Person").required(),
				List.of(code("relation", Kinship.class).required()), List.of(), false, "person", "otherPerson",
				"PersonRelation"));
	}

	@Override
	public List<RelationField> relationFields() {
		return List.of(ties("Person", "positions", RelationType.HOLDS_POSITION, Direction.OUT),
				ties("Person", "relations", RelationType.RELATED_TO, Direction.BOTH),
				ties("Person", "companyRoles", RelationType.COMPANY_ROLE, Direction.OUT),
				in("Person", "accounts", RelationType.HELD_BY, "Account"),
				ties("Person", "teams", RelationType.MEMBER_OF, Direction.OUT),
				in("Person", "sanctions", RelationType.AGAINST, "Sanction"),
				ties("Person", "implicatedIn", RelationType.IMPLICATES, Direction.IN));
	}

}
