package org.oversight.lead;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.model.ErrorCode;
import org.oversight.security.Caller;
import org.oversight.security.Role;
import org.springframework.stereotype.Component;

/**
 * The door every change of a lead goes through: inside the change's write transaction it
 * locks the lead, refuses one the caller may not see exactly as one that does not exist,
 * and tells what the caller is to the lead. The lock makes a second change of the same
 * lead wait and then see the first one's result. Its statements are
 * {@code queries/lead/gate} and {@code lead/of-kind}.
 */
@Component
class LeadGate {

	private final Cypher cypher;

	private final QueryCatalogue queries;

	LeadGate(Cypher cypher, QueryCatalogue queries) {
		this.cypher = cypher;
		this.queries = queries;
	}

	/** What the gate found about a lead and the caller. */
	record LeadState(String id, LeadStatus status, String receiver, String team, boolean teamLeader) {

		/** Whether the caller may take a transition of this kind. */
		boolean mayAct(Caller caller, LeadLifecycle.Actor actor) {
			Role role = caller.visibility().role();
			if (role == Role.ADMIN) {
				return true;
			}
			return switch (actor) {
				case TEAM -> role == Role.INSPECTOR && this.teamLeader;
				// The gate let the caller see the lead: a leadership user of the
				// committee
				// whose round found it, or of one above.
				case OFFICE -> role == Role.LEADERSHIP;
				case RECEIVER -> role == Role.DISCIPLINE && this.receiver != null
						&& this.receiver.equals(caller.visibility().orgId());
			};
		}

	}

	/**
	 * Locks the lead and reads its state; NOT_FOUND (naming {@code field}) when it does
	 * not exist or the caller may not see it.
	 */
	LeadState enter(TransactionContext tx, String leadId, String field, Caller caller) {
		var visibility = caller.visibility();
		var found = this.cypher.list(tx, this.queries.text("lead/gate", visibility::allows),
				visibility.with(Map.of("lead", (leadId != null) ? leadId : "")),
				(r) -> new LeadState(leadId, LeadStatus.valueOf(r.get("status").asString()),
						r.get("receiver").asString(null), r.get("team").asString(null),
						r.get("teamLeader").asBoolean()));
		if (found.isEmpty()) {
			throw new DomainException(ErrorCode.NOT_FOUND, field, "No lead with id '" + leadId + "'");
		}
		return found.get(0);
	}

	/** Refuses unless an entity of this kind exists (kinds that are not secret). */
	void requireExisting(TransactionContext tx, String kind, String id, String field) {
		boolean exists = id != null && this.cypher
			.list(tx, this.queries.text("lead/of-kind"), Map.of("ids", List.of(id), "kind", kind),
					(r) -> r.get("ids").asList(Value::asString))
			.get(0)
			.contains(id);
		if (!exists) {
			throw new DomainException(ErrorCode.NOT_FOUND, field, "No " + kind + " with id '" + id + "'");
		}
	}

}
