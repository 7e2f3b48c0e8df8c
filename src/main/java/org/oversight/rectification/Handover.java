package org.oversight.rectification;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A hand-over as the ledger writes it: the typed record behind a row of
 * {@code handovers.csv}.
 *
 * @param id the graph-wide id
 * @param regulatorId the competent department
 * @param handedDate when
 * @param category the kind of problem
 * @param name display name
 * @param summary what is handed over
 */
record Handover(String id, String regulatorId, LocalDate handedDate, String category, String name, String summary) {

	Map<String, Object> row() {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", this.id);
		row.put("regulatorId", this.regulatorId);
		row.put("handedDate", this.handedDate);
		row.put("category", this.category);
		if (this.name != null) {
			row.put("name", this.name);
		}
		if (this.summary != null) {
			row.put("summary", this.summary);
		}
		return row;
	}

}
