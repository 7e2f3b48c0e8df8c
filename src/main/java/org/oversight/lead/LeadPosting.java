package org.oversight.lead;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.model.ErrorCode;
import org.oversight.security.Caller;
import org.oversight.security.Role;
import org.springframework.stereotype.Service;

/**
 * Posting a lead (线索) into a team's lead space: what an inspection team does when it
 * finds a clue. A member whose authorization for the round is current posts for their own
 * team; the lead then reaches the joint inspection's other teams through visibility, and
 * nobody else. The lead, its links and the checks are one transaction.
 */
@Service
public class LeadPosting {

	static final int MAX_SUMMARY = 2000;

	private final Cypher cypher;

	private final LeadRecords records;

	private final QueryCatalogue queries;

	LeadPosting(Cypher cypher, LeadRecords records, QueryCatalogue queries) {
		this.cypher = cypher;
		this.records = records;
		this.queries = queries;
	}

	/** A new lead and the entities it points at. */
	public record Post(String leadId, String teamId, LeadSource source, String summary, String name, String findingId,
			String orgId, List<Implication> implicates) {
	}

	/** An entity a lead points at, and in what role. */
	public record Implication(String entityId, String role) {
	}

	public void post(Post post, Caller caller) {
		if (post.leadId() == null || post.leadId().isBlank()) {
			throw DomainException.badRequest("id", "Give the new lead an id");
		}
		if (post.summary() == null || post.summary().isBlank() || post.summary().length() > MAX_SUMMARY) {
			throw DomainException.badRequest("summary",
					"Say what the clue is (summary, 1 to " + MAX_SUMMARY + " characters)");
		}
		this.cypher.inWrite((tx) -> {
			requireMember(tx, post.teamId(), caller);
			List<String> named = (post.findingId() != null) ? List.of(post.leadId(), post.findingId())
					: List.of(post.leadId());
			Map<String, String> kinds = this.records.kinds(tx, named);
			if (kinds.containsKey(post.leadId())) {
				throw new DomainException(ErrorCode.CONFLICT, "id", "The id '" + post.leadId() + "' is taken");
			}
			if (post.findingId() != null && !"Finding".equals(kinds.get(post.findingId()))) {
				throw new DomainException(ErrorCode.NOT_FOUND, "findingId",
						"No Finding with id '" + post.findingId() + "'");
			}
			if (post.orgId() != null) {
				requireOrganization(tx, post.orgId());
			}
			List<Implication> links = visibleTargets(tx, post.implicates(), caller);
			this.records.create(tx, new LeadRecords.NewLead(post.leadId(), post.teamId(), post.source(),
					LocalDate.now(ZoneOffset.UTC), post.findingId(), post.orgId(), post.summary().strip(), post.name()),
					links, caller);
			return null;
		});
	}

	private void requireMember(TransactionContext tx, String teamId, Caller caller) {
		var found = this.cypher.list(tx, this.queries.text("lead/team-member"),
				paramsOf("team", teamId, "person", caller.visibility().personId()), (r) -> r.get("member").asBoolean());
		if (found.isEmpty()) {
			throw new DomainException(ErrorCode.NOT_FOUND, "teamId", "No InspectionTeam with id '" + teamId + "'");
		}
		boolean admin = caller.visibility().role() == Role.ADMIN;
		if (!admin && !(caller.visibility().role() == Role.INSPECTOR && found.get(0))) {
			throw new DomainException(ErrorCode.FORBIDDEN, "teamId",
					"Only a member of the team whose authorization is current (or an administrator) posts its leads");
		}
	}

	private void requireOrganization(TransactionContext tx, String orgId) {
		if (!"Organization".equals(this.records.kinds(tx, List.of(orgId)).get(orgId))) {
			throw new DomainException(ErrorCode.NOT_FOUND, "orgId", "No Organization with id '" + orgId + "'");
		}
	}

	/** The implicated entities, each of which must exist and be visible to the caller. */
	private List<Implication> visibleTargets(TransactionContext tx, List<Implication> implicates, Caller caller) {
		List<Implication> given = (implicates != null) ? implicates : List.of();
		List<String> ids = given.stream().map(Implication::entityId).distinct().toList();
		var visibility = caller.visibility();
		List<String> found = this.cypher.list(tx, this.queries.text("lead/visible-entities", visibility::allows),
				visibility.with(Map.of("ids", ids)), (r) -> r.get("id").asString());
		for (String id : ids) {
			if (!found.contains(id)) {
				throw new DomainException(ErrorCode.NOT_FOUND, "implicates", "No entity with id '" + id + "'");
			}
		}
		return given;
	}

	private static Map<String, Object> paramsOf(String k1, Object v1, String k2, Object v2) {
		Map<String, Object> params = new HashMap<>();
		params.put(k1, v1);
		params.put(k2, v2);
		return params;
	}

}
