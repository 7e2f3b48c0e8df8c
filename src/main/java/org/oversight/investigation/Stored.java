package org.oversight.investigation;

import java.util.List;

import org.neo4j.driver.Value;

/**
 * A saved investigation as stored, whole: what only the owner and administrators may ever
 * get, and what {@link NeedToKnow} cuts for everyone else.
 *
 * @param id its id
 * @param name its name
 * @param note its note
 * @param layout its layout
 * @param owner its owner
 * @param version its version
 * @param createdAt ISO date-time
 * @param updatedAt ISO date-time
 * @param updatedBy who changed what is drawn last
 * @param sharedWith team ids, sorted
 * @param nodes the drawn entities
 * @param queries the queries that built it
 */
record Stored(String id, String name, String note, String layout, String owner, int version, String createdAt,
		String updatedAt, String updatedBy, List<String> sharedWith, List<Drawn> nodes, List<SavedQuery> queries) {

	/** One drawn entity as stored. */
	record Drawn(String entityId, Double x, Double y, String note, boolean pinned, String group) {
	}

	/**
	 * One query as stored.
	 *
	 * @param name its name
	 * @param variables a JSON object in compact form
	 */
	record SavedQuery(String name, String variables) {
	}

	List<String> entityIds() {
		return this.nodes.stream().map(Drawn::entityId).toList();
	}

	boolean ownedBy(String user) {
		return this.owner.equals(user);
	}

	static Stored of(Value i) {
		return new Stored(i.get("id").asString(), i.get("name").asString(), i.get("note").asString(null),
				i.get("layout").asString(null), i.get("owner").asString(), i.get("version").asInt(),
				i.get("createdAt").asZonedDateTime().toString(), i.get("updatedAt").asZonedDateTime().toString(),
				i.get("updatedBy").asString(null), i.get("sharedWith").asList(Value::asString, List.of()),
				InvestigationJson.nodes(i.get("nodes").asString("[]")),
				InvestigationJson.queries(i.get("queries").asString("[]")));
	}

}
