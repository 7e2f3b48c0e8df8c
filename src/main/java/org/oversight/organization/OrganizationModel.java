package org.oversight.organization;

import static org.oversight.model.RelationField.one;
import static org.oversight.model.RelationField.in;
import static org.oversight.model.RelationField.ties;
import static org.oversight.model.Field.code;
import static org.oversight.model.Field.date;
import static org.oversight.model.Field.ref;
import static org.oversight.model.Field.text;
import static org.oversight.model.Field.bool;
import static org.oversight.model.Field.integer;

import java.util.List;

import org.oversight.model.EntityType;
import org.oversight.model.LinkType;
import org.oversight.model.ModelContribution;
import org.oversight.model.RelationType;
import org.oversight.model.RelationField;
import org.oversight.model.RelationField.Direction;
import org.springframework.stereotype.Component;

/**
 * Regions, organizations and the positions people hold in them.
 */
@Component
class OrganizationModel implements ModelContribution {

	@Override
	public List<EntityType> entityTypes() {
		EntityType region = new EntityType("Region", "regions.csv", "行政区划",
				List.of(text("name").required(), code("level", RegionLevel.class).required(), text("code"),
						ref("parent_id", RelationType.PART_OF, "Region")),
				null, true);
		EntityType organization = new EntityType("Organization", "organizations.csv", "组织/单位",
				List.of(text("name").required(), code("kind", OrgKind.class).required().as("orgKind"),
						code("level", Level.class).required(), ref("parent_id", RelationType.PART_OF, "Organization"),
						code("sector", Sector.class), ref("region_id", RelationType.LOCATED_IN, "Region"),
						ref("stationed_at_id", RelationType.STATIONED_AT, "Organization")),
				"", true);
		return List.of(region, organization);
	}

	@Override
	public List<LinkType> linkTypes() {
		return List.of(new LinkType("positions.csv", RelationType.HOLDS_POSITION,
				ref("person_id", RelationType.HOLDS_POSITION, "Person").required(),
				ref("org_id", RelationType.HOLDS_POSITION, "Organization").required(),
				List.of(text("title").required(), date("start_date").required()),
				List.of(date("end_date"), integer("rank"), bool("is_leader"), bool("is_head")), false, "person",
				"organization", "Position"));
	}

	@Override
	public List<RelationField> relationFields() {
		return List.of(one("Region", "parent", RelationType.PART_OF, "Region"),
				in("Region", "children", RelationType.PART_OF, "Region"),
				in("Region", "organizations", RelationType.LOCATED_IN, "Organization"),
				one("Organization", "parent", RelationType.PART_OF, "Organization"),
				in("Organization", "children", RelationType.PART_OF, "Organization"),
				one("Organization", "region", RelationType.LOCATED_IN, "Region"),
				one("Organization", "stationedAt", RelationType.STATIONED_AT, "Organization"),
				in("Organization", "dispatchedGroups", RelationType.STATIONED_AT, "Organization"),
				ties("Organization", "positions", RelationType.HOLDS_POSITION, Direction.IN),
				in("Organization", "projects", RelationType.OWNED_BY, "Project"),
				in("Organization", "findings", RelationType.CONCERNS, "Finding"),
				in("Organization", "accounts", RelationType.HELD_BY, "Account"),
				in("Organization", "inspectedBy", RelationType.TARGETS, "InspectionTeam"),
				in("Organization", "rectifications", RelationType.RESPONSIBLE_ORG, "Rectification"));
	}

}
