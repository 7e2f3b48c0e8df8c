package org.oversight.lead;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.model.ErrorCode;
import org.oversight.model.Model;
import org.oversight.security.Caller;
import org.oversight.security.Role;
import org.oversight.security.Visibility;
import org.oversight.store.EntityWriter;
import org.oversight.store.Provenance;
import org.springframework.stereotype.Service;

/**
 * Sharing a lead with a team outside its own (and outside its joint inspection), e.g. a
 * city team passing a clue to a county team: an explicit act, written as
 * {@code (:Lead)-[:SHARED_WITH {note, by, at}]->(:InspectionTeam)}, that can be revoked.
 * Both are recorded in the audit trail by the mutation's audit record. May share: an
 * administrator, or the leader (组长) of the team owning the lead while their authorization
 * is current.
 */
@Service
public class LeadSharing {

	static final int MAX_NOTE = 2000;

	/** The link file of shares, whose type the writer writes. */
	private static final String SHARES = "lead_shares.csv";

	private final Cypher cypher;

	private final LeadGate gate;

	private final QueryCatalogue queries;

	/** The model kernel's writer: a share is a tie like any other. */
	private final EntityWriter writer;

	private final Model model;

	LeadSharing(Cypher cypher, LeadGate gate, QueryCatalogue queries, EntityWriter writer, Model model) {
		this.cypher = cypher;
		this.gate = gate;
		this.queries = queries;
		this.writer = writer;
		this.model = model;
	}

	/** Shares the lead with the team; sharing again changes nothing. */
	public boolean share(String leadId, String teamId, String note, Caller caller) {
		if (note != null && note.length() > MAX_NOTE) {
			throw DomainException.badRequest("note", "note is longer than " + MAX_NOTE + " characters");
		}
		return this.cypher.inWrite((tx) -> {
			LeadGate.LeadState lead = entitled(tx, leadId, teamId, caller);
			if (teamId.equals(lead.team())) {
				throw DomainException.badRequest("teamId",
						"Team '" + teamId + "' owns the lead; share it with another");
			}
			boolean shared = this.cypher
				.list(tx, this.queries.text("lead/share"), Map.of("lead", leadId, "team", teamId),
						(r) -> r.get("shared").asBoolean())
				.get(0);
			if (!shared) {
				Map<String, Object> row = new HashMap<>();
				row.put("leadId", leadId);
				row.put("teamId", teamId);
				row.put("note", note);
				row.put("by", caller.name());
				row.put("at", ZonedDateTime.now(ZoneOffset.UTC));
				this.writer.createLinks(tx, this.model.linkByFile(SHARES).orElseThrow(), List.of(row),
						new Provenance("api", caller.name()));
			}
			return true;
		});
	}

	/** Removes the share; false when there was none. */
	public boolean revoke(String leadId, String teamId, Caller caller) {
		return this.cypher.inWrite((tx) -> {
			entitled(tx, leadId, teamId, caller);
			return this.cypher
				.list(tx, this.queries.text("lead/revoke-share"), Map.of("lead", leadId, "team", teamId), (r) -> r)
				.size() > 0;
		});
	}

	/** The teams a lead is shared with, for many leads at once. */
	public Map<String, List<LeadShare>> sharesOf(List<String> leadIds, Visibility visibility) {
		Map<String, List<LeadShare>> shares = new HashMap<>();
		this.cypher.read(this.queries.text("lead/shares", visibility::allows), visibility.with(Map.of("ids", leadIds)),
				(r) -> {
					var s = r.get("s").asRelationship();
					LeadShare share = new LeadShare(org.oversight.store.GraphEntity.of(r.get("t")),
							s.get("note").asString(null), s.get("by").asString(null), at(s.get("at")));
					return shares.computeIfAbsent(r.get("id").asString(), (k) -> new java.util.ArrayList<>())
						.add(share);
				});
		return shares;
	}

	/**
	 * When it was shared: a date-time as shareLead writes it, or the ISO text an import
	 * wrote.
	 */
	private static String at(org.neo4j.driver.Value at) {
		if (at.isNull()) {
			return null;
		}
		return (at.type().name().equals("STRING")) ? at.asString() : at.asZonedDateTime().toString();
	}

	private LeadGate.LeadState entitled(org.neo4j.driver.TransactionContext tx, String leadId, String teamId,
			Caller caller) {
		caller.require(Role.ADMIN, Role.INSPECTOR);
		LeadGate.LeadState lead = this.gate.enter(tx, leadId, "leadId", caller);
		this.gate.requireExisting(tx, "InspectionTeam", teamId, "teamId");
		if (!lead.mayAct(caller, LeadLifecycle.Actor.TEAM)) {
			throw new DomainException(ErrorCode.FORBIDDEN, "leadId",
					"Only the leader (组长) of the team owning the lead, while authorized, may share it or revoke a share");
		}
		return lead;
	}

	/**
	 * One share of a lead.
	 *
	 * @param team the team it is shared with
	 * @param note why
	 * @param by who shared it
	 * @param at when
	 */
	public record LeadShare(org.oversight.store.GraphEntity team, String note, String by, String at) {
	}

}
