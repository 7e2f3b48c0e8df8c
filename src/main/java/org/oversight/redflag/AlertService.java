package org.oversight.redflag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.security.Role;
import org.oversight.security.Visibility;
import org.oversight.store.Page;
import org.springframework.stereotype.Service;

/**
 * Alerts: red-flag hits kept as {@code (:__Alert)} nodes, one per rule and subject, so a
 * re-run updates instead of duplicating and triage survives between runs.
 */
@Service
public class AlertService {

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final RedFlagService engine;

	AlertService(Cypher cypher, QueryCatalogue queries, RedFlagService engine) {
		this.cypher = cypher;
		this.queries = queries;
		this.engine = engine;
	}

	/** What a run stored. */
	public record Run(int hits, int created, int updated) {
	}

	/** Runs the rules as the caller sees them and keeps every hit as an alert. */
	public Run run(RedFlagRequest request, Visibility visibility, String user) {
		List<RedFlag> hits = this.engine.run(request, visibility);
		List<Map<String, Object>> rows = hits.stream().map(AlertService::row).toList();
		if (rows.isEmpty()) {
			return new Run(0, 0, 0);
		}
		return this.cypher
			.write(this.queries.text("alerts/upsert"), Map.of("hits", rows, "user", user, "asOf", request.asOf()),
					(r) -> new Run(hits.size(), r.get("created").asInt(), r.get("updated").asInt()))
			.get(0);
	}

	private static Map<String, Object> row(RedFlag hit) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", hit.rule().code() + ":" + hit.subject());
		row.put("rule", hit.rule().code());
		row.put("subject", hit.subject());
		row.put("severity", hit.rule().severity());
		row.put("evidence", hit.evidenceIds());
		row.put("score", hit.score());
		row.put("summary", hit.summary());
		return row;
	}

	public List<Alert> list(Alert.Status status, String rule, String assignee, Page page, Visibility visibility) {
		return find(null, new Filter(status, rule, assignee), page, visibility, new OwnHits(this.engine, visibility));
	}

	/**
	 * Changes an alert's status: a dismissal needs a reason; ASSIGNED needs an assignee,
	 * given here or already there. An assignee given is set (whatever the status); one
	 * not given is kept.
	 */
	public Alert update(String id, Alert.Status status, String reason, String assignee, Visibility visibility,
			String user) {
		if (status == Alert.Status.DISMISSED && (reason == null || reason.isBlank())) {
			throw DomainException.badRequest("reason", "Say why the alert is dismissed");
		}
		OwnHits own = new OwnHits(this.engine, visibility);
		Alert current = require(id, visibility, own);
		boolean assign = assignee != null && !assignee.isBlank();
		if (status == Alert.Status.ASSIGNED && !assign && current.assignee() == null) {
			throw DomainException.badRequest("assignee", "Say whom the alert is assigned to");
		}
		if (assign) {
			requireAssignable(id, assignee);
		}
		write(id, status, (status == Alert.Status.DISMISSED) ? reason : null, assign, assignee, user);
		// The same own run answers before and after: triage changes no alert's date.
		return require(id, visibility, own);
	}

	/**
	 * Assigns an alert to a user who triages alerts and may see it, or (null) unassigns
	 * it. An OPEN alert becomes ASSIGNED; an ASSIGNED one left without assignee is OPEN
	 * again; other statuses stay.
	 */
	public Alert assign(String id, String assignee, Visibility visibility, String user) {
		OwnHits own = new OwnHits(this.engine, visibility);
		Alert current = require(id, visibility, own);
		boolean clear = assignee == null || assignee.isBlank();
		if (!clear) {
			requireAssignable(id, assignee);
		}
		Alert.Status status = null;
		if (!clear && Alert.Status.OPEN.name().equals(current.status())) {
			status = Alert.Status.ASSIGNED;
		}
		if (clear && Alert.Status.ASSIGNED.name().equals(current.status())) {
			status = Alert.Status.OPEN;
		}
		write(id, status, null, true, clear ? null : assignee, user);
		return require(id, visibility, own);
	}

	private Alert require(String id, Visibility visibility, OwnHits own) {
		List<Alert> found = find(id, Filter.ANY, new Page(0, 1), visibility, own);
		if (found.isEmpty()) {
			throw new DomainException(org.oversight.model.ErrorCode.NOT_FOUND, "id", "No alert '" + id + "'");
		}
		return found.get(0);
	}

	/**
	 * Only a user who triages alerts (an analyst or administrator) and may see this one
	 * can be given it.
	 */
	private void requireAssignable(String id, String assignee) {
		List<Visibility> users = this.cypher.read(this.queries.text("alerts/assignee"), Map.of("name", assignee),
				(r) -> new Visibility(Role.valueOf(r.get("role").asString()), r.get("personId").asString(null),
						r.get("committeeId").asString(null), r.get("orgId").asString(null)));
		if (users.isEmpty()) {
			throw DomainException.badRequest("assignee", "No user '" + assignee + "'");
		}
		Role role = users.get(0).role();
		if (role != Role.ANALYST && role != Role.ADMIN) {
			throw DomainException.badRequest("assignee",
					"'" + assignee + "' is " + role + "; alerts are triaged by analysts and administrators");
		}
		if (find(id, Filter.ANY, new Page(0, 1), users.get(0), new OwnHits(this.engine, users.get(0))).isEmpty()) {
			throw DomainException.badRequest("assignee", "'" + assignee + "' may not see this alert");
		}
	}

	private void write(String id, Alert.Status status, String reason, boolean assign, String assignee, String user) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("status", (status != null) ? status.name() : null);
		params.put("reason", reason);
		params.put("assign", assign);
		params.put("assignee", assignee);
		params.put("user", user);
		this.cypher.write(this.queries.text("alerts/update"), params, (r) -> r);
	}

	/** What a list of alerts is filtered by; null for any. */
	record Filter(Alert.Status status, String rule, String assignee) {

		static final Filter ANY = new Filter(null, null, null);

	}

	private List<Alert> find(String id, Filter filter, Page page, Visibility visibility, OwnHits own) {
		Map<String, RedFlag> recomputed = new HashMap<>();
		List<String> withheld = new ArrayList<>();
		ownRunsOf(id, own, recomputed, withheld);
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("withheld", withheld);
		params.put("status", (filter.status() != null) ? filter.status().name() : null);
		params.put("rule", filter.rule());
		params.put("assignee", filter.assignee());
		params.put("offset", page.offset());
		params.put("size", page.size());
		return this.cypher.read(this.queries.text("alerts/list", visibility::allows), visibility.with(params),
				(r) -> alert(r.get("a"), r.get("evidence").asList(Value::asString), recomputed));
	}

	/**
	 * Asks the caller's own run about every alert of a rule that reads leads or cases:
	 * one it gives is answered with the caller's hit, one it does not is withheld.
	 */
	private void ownRunsOf(String id, OwnHits own, Map<String, RedFlag> recomputed, List<String> withheld) {
		List<String> rules = this.engine.ruleCodes().stream().filter(own::recomputes).toList();
		if (rules.isEmpty()) {
			return;
		}
		Map<String, Object> params = new HashMap<>();
		params.put("rules", rules);
		params.put("id", id);
		List<String[]> alerts = this.cypher.read(this.queries.text("alerts/of-rules"), params,
				(r) -> new String[] { r.get("id").asString(), r.get("rule").asString(), r.get("subject").asString(),
						r.get("asOf").asLocalDate().toString() });
		for (String[] alert : alerts) {
			RedFlag hit = own.of(alert[1], alert[2], java.time.LocalDate.parse(alert[3]));
			if (hit == null) {
				withheld.add(alert[0]);
			}
			else {
				recomputed.put(alert[0], hit);
			}
		}
	}

	private static Alert alert(Value a, List<String> evidence, Map<String, RedFlag> recomputed) {
		RedFlag own = recomputed.get(a.get("id").asString());
		String summary = (own != null) ? own.summary() : a.get("summary").asString("");
		double score = (own != null) ? own.score() : a.get("score").asDouble(0);
		return new Alert(a.get("id").asString(), a.get("rule").asString(), a.get("subject").asString(),
				a.get("severity").asString(), a.get("status").asString(), a.get("reason").asString(null),
				a.get("assignee").asString(null), summary, score, a.get("firstSeen").asZonedDateTime().toString(),
				a.get("lastSeen").asZonedDateTime().toString(), (own != null) ? own.evidenceIds() : evidence,
				a.get("updatedBy").asString(null));
	}

}
