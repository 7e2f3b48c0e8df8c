package org.oversight.investigation;

import java.util.List;

/**
 * What a save or an update sends: the whole picture, which replaces what was saved.
 *
 * @param name its name (title), required
 * @param note a note on the whole investigation
 * @param layout the layout, as the page names it
 * @param nodes the drawn entities, each at most once
 * @param queries the queries that built it
 */
public record InvestigationInput(String name, String note, String layout, List<NodeInput> nodes,
		List<QueryInput> queries) {

	/**
	 * One drawn entity.
	 *
	 * @param entityId its id, which the caller must be able to see
	 * @param x where it is drawn
	 * @param y where it is drawn
	 * @param note a note on it
	 * @param pinned whether it stays where it is
	 * @param group the group it is drawn in
	 */
	public record NodeInput(String entityId, Double x, Double y, String note, Boolean pinned, String group) {
	}

	/**
	 * A query that built the picture.
	 *
	 * @param name its name
	 * @param variables its variables, a JSON object as text
	 */
	public record QueryInput(String name, String variables) {
	}

}
