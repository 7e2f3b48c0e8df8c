package org.oversight.investigation;

import java.util.List;

import org.oversight.store.GraphEntity;

/**
 * A saved investigation as one reader gets it: the entities the reader may not see are
 * cut out, with their positions and notes and the queries that name them.
 *
 * @param id its id
 * @param name its name (title)
 * @param note a note on the whole investigation
 * @param layout the layout the picture was drawn with, as the page names it
 * @param owner the user who saved it
 * @param version its version, which an update must quote
 * @param createdAt ISO date-time of the first save
 * @param updatedAt ISO date-time of the latest change of what is drawn
 * @param updatedBy who made it
 * @param sharedWith the teams it is shared with
 * @param entities the entities drawn, in the order saved, as the reader sees them
 * @param nodes how each of those entities is drawn
 * @param queries the queries that built the picture
 * @param editable whether the reader may change, share or delete it (owner and
 * administrators)
 */
public record Investigation(String id, String name, String note, String layout, String owner, int version,
		String createdAt, String updatedAt, String updatedBy, List<GraphEntity> sharedWith, List<GraphEntity> entities,
		List<Node> nodes, List<Query> queries, boolean editable) {

	/**
	 * One drawn entity.
	 *
	 * @param entityId its id
	 * @param x where it is drawn, or null when the layout places it
	 * @param y where it is drawn, or null
	 * @param note a note on it
	 * @param pinned whether the layout must leave it where it is
	 * @param group the group it is drawn in, or null
	 * @param entity the entity itself
	 */
	public record Node(String entityId, Double x, Double y, String note, boolean pinned, String group,
			GraphEntity entity) {
	}

	/**
	 * A query that built the picture.
	 *
	 * @param name the API field or the page's name for it, e.g. {@code neighborhood}
	 * @param variables its variables as a JSON object
	 */
	public record Query(String name, String variables) {
	}

	/**
	 * One line of a list of investigations.
	 *
	 * @param id its id
	 * @param name its name
	 * @param owner who saved it
	 * @param version its version
	 * @param updatedAt when what is drawn last changed
	 * @param nodeCount the drawn entities the reader may see
	 * @param sharedWith the ids of the teams it is shared with
	 * @param editable whether the reader may change it
	 */
	public record Summary(String id, String name, String owner, int version, String updatedAt, int nodeCount,
			List<String> sharedWith, boolean editable) {
	}

	/** Which investigations a list holds. */
	public enum Scope {

		/** Every one the caller may read. */
		ALL,
		/** Those the caller owns. */
		MINE,
		/** Those shared with a team of the caller, not owned by them. */
		SHARED

	}

}
