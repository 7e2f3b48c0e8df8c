package org.oversight.rectification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.security.Caller;
import org.oversight.store.GraphEntity;
import org.oversight.store.References;

/**
 * The checks the ledger and the hand-overs share, each failing with the argument at
 * fault.
 */
final class Checks {

	/**
	 * Why a verdict is refused outside a revisit round: the API and the import
	 * ({@link LedgerRules}) say it alike.
	 */
	static final String VERIFIED_IN_LOOKBACK = "tasks are verified in a revisit round (LOOKBACK)";

	private Checks() {
	}

	/**
	 * Refuses a reference to nothing (or to something the caller may not see) or to the
	 * wrong kind.
	 * @param field the argument at fault
	 * @param kind the kind the entity must be
	 */
	static void exists(References references, Caller caller, String field, String kind, String id, boolean required) {
		if (id == null || id.isBlank()) {
			if (required) {
				throw DomainException.badRequest(field, field + " is required");
			}
			return;
		}
		String found = references.kinds(List.of(id), caller.visibility()).get(id);
		if (found == null) {
			throw DomainException.notFound(field, id);
		}
		if (!found.equals(kind)) {
			throw DomainException.badRequest(field, "'" + id + "' is a " + found + ", expected " + kind);
		}
	}

	static void text(String value, String field) {
		if (value == null || value.isBlank()) {
			throw DomainException.badRequest(field, field + " must not be empty");
		}
	}

	static String strip(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	static LocalDate notFuture(LocalDate day, String field) {
		if (day.isAfter(LocalDate.now())) {
			throw DomainException.badRequest(field, field + " " + day + " is in the future");
		}
		return day;
	}

	/** The round, which must be a revisit round (回头看). */
	static GraphEntity lookback(References references, Cypher cypher, QueryCatalogue queries, String roundId,
			Caller caller) {
		exists(references, caller, "roundId", "InspectionRound", roundId, true);
		GraphEntity round = cypher
			.read(queries.text("rectification/entity"), Map.of("id", roundId), (r) -> GraphEntity.of(r.get("n")))
			.get(0);
		if (!"LOOKBACK".equals(round.get("type"))) {
			throw DomainException.badRequest("roundId",
					"Round " + roundId + " is " + round.get("type") + "; " + VERIFIED_IN_LOOKBACK);
		}
		return round;
	}

	/**
	 * The day a revisit's verdict is dated when none is given: the round's end, or for a
	 * round still on (or without an end) its start. Never today by default.
	 */
	static LocalDate revisitDay(GraphEntity round) {
		LocalDate start = day(round, "startDate");
		LocalDate end = day(round, "endDate");
		if (end != null && !end.isAfter(LocalDate.now())) {
			return end;
		}
		if (start == null) {
			throw DomainException.badRequest("date",
					"Round " + round.id() + " has no dates: give the day of the verdict");
		}
		return start;
	}

	/** The day, which must lie within the round's dates and not in the future. */
	static LocalDate withinRound(GraphEntity round, LocalDate day) {
		LocalDate start = day(round, "startDate");
		LocalDate end = day(round, "endDate");
		if ((start != null && day.isBefore(start)) || (end != null && day.isAfter(end))) {
			throw DomainException.badRequest("date", "The verdict's day " + day + " is outside round " + round.id()
					+ " (" + start + " – " + ((end != null) ? end : "") + ")");
		}
		return notFuture(day, "date");
	}

	private static LocalDate day(GraphEntity entity, String property) {
		Object value = entity.get(property);
		return (value != null) ? LocalDate.parse(value.toString()) : null;
	}

}
