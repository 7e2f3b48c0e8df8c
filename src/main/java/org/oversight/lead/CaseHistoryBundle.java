package org.oversight.lead;

import java.util.List;

import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.springframework.stereotype.Component;

/** {@code case_history.csv}: the steps of the cases' lifecycle (审查调查, 审理, 结案). */
@Component
class CaseHistoryBundle extends HistoryBundle {

	CaseHistoryBundle(Cypher cypher, QueryCatalogue queries) {
		super(cypher, queries);
	}

	@Override
	public String file() {
		return "case_history.csv";
	}

	@Override
	String owner() {
		return "case_id";
	}

	@Override
	String ownerKind() {
		return "Case";
	}

	@Override
	String ownerProperty() {
		return "caseId";
	}

	@Override
	List<Column> extra() {
		return List.of();
	}

	@Override
	String checkStep(String step, String from, String to) {
		CaseLifecycle known = Codes.find(CaseLifecycle.class, step);
		if (known == null) {
			return "'" + step + "' is not a step of the case lifecycle (" + List.of(CaseLifecycle.values()) + ")";
		}
		if (!known.from().name().equals(from) || !known.to().name().equals(to)) {
			return step + " goes from " + known.from() + " to " + known.to() + ", not from " + from + " to " + to;
		}
		return null;
	}

	@Override
	String checkExtra(Column column, String value) {
		return null;
	}

	@Override
	String kindOf(Column column) {
		return null;
	}

	@Override
	String putQuery() {
		return "lead/put-case-steps";
	}

	@Override
	String allQuery() {
		return "lead/all-case-steps";
	}

}
