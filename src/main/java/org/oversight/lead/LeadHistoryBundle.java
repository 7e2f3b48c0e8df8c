package org.oversight.lead;

import java.util.List;

import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.springframework.stereotype.Component;

/**
 * {@code lead_history.csv}: the steps of the leads' lifecycle, two-step transfers (the
 * proposal and the approval, each with who and when), dispositions and cases opened.
 */
@Component
class LeadHistoryBundle extends HistoryBundle {

	private static final Column DISPOSAL = new Column("disposal", false, "disposal");

	private static final Column TRANSFER_TO = new Column("transfer_to", false, "transferTo");

	private static final Column GREEN = new Column("green_channel", false, "greenChannel");

	private static final Column CASE = new Column("case_id", false, "caseId");

	LeadHistoryBundle(Cypher cypher, QueryCatalogue queries) {
		super(cypher, queries);
	}

	@Override
	public String file() {
		return "lead_history.csv";
	}

	@Override
	String owner() {
		return "lead_id";
	}

	@Override
	String ownerKind() {
		return "Lead";
	}

	@Override
	String ownerProperty() {
		return "leadId";
	}

	@Override
	List<Column> extra() {
		return List.of(DISPOSAL, TRANSFER_TO, GREEN, CASE);
	}

	@Override
	String checkStep(String step, String from, String to) {
		LeadLifecycle known = Codes.find(LeadLifecycle.class, step);
		if (known == null) {
			return "'" + step + "' is not a step of the lead lifecycle (" + List.of(LeadLifecycle.values()) + ")";
		}
		if (!known.from().name().equals(from) || !known.to().name().equals(to)) {
			return step + " goes from " + known.from() + " to " + known.to() + ", not from " + from + " to " + to;
		}
		return null;
	}

	@Override
	String checkExtra(Column column, String value) {
		if (column == DISPOSAL) {
			return (Codes.find(Disposal.class, value) != null) ? null
					: "'" + value + "' is not a disposal (" + List.of(Disposal.values()) + ")";
		}
		if (column == GREEN) {
			return (value.equals("true") || value.equals("false")) ? null : "must be true or false";
		}
		return null;
	}

	@Override
	String kindOf(Column column) {
		if (column == TRANSFER_TO) {
			return "Organization";
		}
		return (column == CASE) ? "Case" : null;
	}

	@Override
	String putQuery() {
		return "lead/put-steps";
	}

	@Override
	String allQuery() {
		return "lead/all-steps";
	}

}
