package org.oversight.insight;

import static org.oversight.model.Field.bool;
import static org.oversight.model.Field.code;
import static org.oversight.model.Field.date;
import static org.oversight.model.Field.decimal;
import static org.oversight.model.Field.ref;
import static org.oversight.model.Field.text;
import static org.oversight.model.RelationField.one;

import java.util.List;
import java.util.Set;

import org.oversight.model.EntityType;
import org.oversight.model.ModelContribution;
import org.oversight.model.RelationField;
import org.oversight.model.RelationType;
import org.springframework.stereotype.Component;

/**
 * Published figures (报送数): the figure a report gave for a scope, kept beside the one
 * computed from the graph so that a difference shows.
 */
@Component
class InsightModel implements ModelContribution {

	static final String REPORTED = "ReportedFigure";

	/**
	 * Scope: the term's dates, the committee whose figure it is (the term's own or a
	 * county below it), alone or with the party committees below it (combined), or one
	 * round.
	 */
	static final EntityType REPORTED_FIGURE = new EntityType(REPORTED, "reported_figures.csv", "报送数",
			List.of(ref("term_id", RelationType.IN_TERM, "Term").required(),
					ref("committee_id", RelationType.OF_COMMITTEE, "Organization").required(),
					ref("round_id", RelationType.REPORTS_ON, "InspectionRound"), bool("combined"),
					code("figure", FigureKind.class).required(), decimal("value").required(), decimal("numerator"),
					decimal("denominator"), code("definition", RateDefinition.class),
					text("source").as("document").required(), date("reported_date").required(), date("as_of"),
					text("name"), text("note")),
			"-[:OF_COMMITTEE]->", false);

	@Override
	public List<EntityType> entityTypes() {
		return List.of(REPORTED_FIGURE);
	}

	@Override
	public Set<String> controlledKinds() {
		return Set.of(REPORTED);
	}

	@Override
	public List<RelationField> relationFields() {
		return List.of(one(REPORTED, "term", RelationType.IN_TERM, "Term"),
				one(REPORTED, "committee", RelationType.OF_COMMITTEE, "Organization"),
				one(REPORTED, "round", RelationType.REPORTS_ON, "InspectionRound"));
	}

}
