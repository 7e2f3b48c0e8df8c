package org.oversight.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.oversight.graph.Cypher;
import org.springframework.stereotype.Component;

/**
 * The audit trail: who did what to which entities, when, from where, and how it ended.
 * Records are {@code (:__Audit)} nodes beside the domain graph; they are only ever
 * created, never changed or deleted through the application, and each is chained to the
 * one before by a hash ({@link AuditChain}), so a change made behind the application's
 * back is found by {@code verify-audit}.
 */
@Component
public class AuditLog {

	private final Cypher cypher;

	private final AuditChain chain;

	public AuditLog(Cypher cypher, AuditChain chain) {
		this.cypher = cypher;
		this.chain = chain;
	}

	/**
	 * @param user who
	 * @param operation what, e.g. {@code read}, {@code createFinding},
	 * {@code login-failed}
	 * @param entities the ids concerned
	 * @param outcome {@code ok} or what went wrong
	 * @param remote the client's address, or null
	 */
	public void record(String user, String operation, List<String> entities, String outcome, String remote) {
		this.chain.append(user, operation, entities, outcome, remote);
	}

	/**
	 * The newest records first, filtered by whichever of the arguments are given. Only
	 * the filters given go into the statement, and records are read newest first along
	 * the index on {@code at}, so the answer costs about {@code first} records however
	 * long the trail has grown (the catch-all {@code $x IS NULL OR ...} form read and
	 * sorted the whole trail).
	 * @param from ISO date-time or date, inclusive; or null
	 * @param to ISO date-time or date, inclusive; or null
	 */
	public List<AuditRecord> find(String user, String operation, String entityId, String from, String to, int first) {
		Map<String, Object> params = new HashMap<>();
		List<String> where = new java.util.ArrayList<>(List.of("a.at IS NOT NULL"));
		if (user != null) {
			where.add("a.user = $user");
			params.put("user", user);
		}
		if (operation != null) {
			where.add("a.operation = $operation");
			params.put("operation", operation);
		}
		if (entityId != null) {
			where.add("$entity IN a.entities");
			params.put("entity", entityId);
		}
		if (from != null) {
			where.add("a.at >= $from");
			params.put("from", instant(from, "from", false));
		}
		if (to != null) {
			where.add("a.at <= $to");
			params.put("to", instant(to, "to", true));
		}
		params.put("first", first);
		return this.cypher.read("MATCH (a:__Audit) WHERE " + String.join(" AND ", where)
				+ " RETURN a ORDER BY a.at DESC, a.seq DESC LIMIT $first", params, (r) -> {
					var a = r.get("a");
					return new AuditRecord(a.get("at").asZonedDateTime().toString(), a.get("user").asString(null),
							a.get("operation").asString(), a.get("entities").asList((v) -> v.asString()),
							a.get("outcome").asString(null), a.get("remote").asString(null));
				});
	}

	/**
	 * An ISO date-time (with or without offset, UTC if none) or a date (its start, or for
	 * an upper bound its end); anything else is refused naming the argument.
	 */
	static java.time.ZonedDateTime instant(String text, String argument, boolean upper) {
		try {
			return java.time.OffsetDateTime.parse(text).toZonedDateTime();
		}
		catch (java.time.format.DateTimeParseException ex) {
			// not with an offset; try the other forms
		}
		try {
			return java.time.LocalDateTime.parse(text).atZone(java.time.ZoneOffset.UTC);
		}
		catch (java.time.format.DateTimeParseException ex) {
			// not a local date-time either
		}
		try {
			java.time.LocalDate day = java.time.LocalDate.parse(text);
			return upper ? day.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).minusNanos(1)
					: day.atStartOfDay(java.time.ZoneOffset.UTC);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw org.oversight.model.DomainException.badRequest(argument,
					argument + " must be an ISO date-time like 2026-03-01T08:00:00Z or a date like 2026-03-01, not '"
							+ ((text.length() > 40) ? text.substring(0, 40) + "…" : text) + "'");
		}
	}

	/** One record of the trail. */
	public record AuditRecord(String at, String user, String operation, List<String> entities, String outcome,
			String remote) {
	}

}
