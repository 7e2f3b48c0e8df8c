package org.oversight.inspection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.oversight.explore.Subgraph;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.store.GraphEntity;
import org.springframework.stereotype.Service;

/**
 * Recusal screening (回避): finds every tie between proposed members and proposed targets
 * through the graph ({@code queries/inspection/recusal.cypher}), each with its evidence.
 */
@Service
class Recusal {

	static final int MAX_LOOKBACK_YEARS = 30;

	/** Most persons or organizations one recusalCheck screens. */
	static final int MAX_SCREENED = 50;

	/**
	 * Most evidence paths one recusalCheck collects; past it the report says truncated.
	 */
	static final int MAX_PATHS = 2000;

	private final Cypher cypher;

	private final QueryCatalogue queries;

	Recusal(Cypher cypher, QueryCatalogue queries) {
		this.cypher = cypher;
		this.queries = queries;
	}

	/**
	 * The conflicts, one per member, target and kind, ordered by member, target and kind.
	 * @param asOf the day positions and leadership are judged on (a round's start)
	 * @param lookbackYears how far back a past position or colleagueship still counts
	 * @param region whether coming from the target's county counts (cross inspection)
	 */
	List<Conflict> screen(List<String> members, List<String> targets, LocalDate asOf, int lookbackYears,
			boolean region) {
		return screen(members, targets, asOf, lookbackYears, region, Integer.MAX_VALUE - 1).conflicts();
	}

	/**
	 * The conflicts from at most {@code maxPaths} evidence paths, and whether there were
	 * more.
	 */
	Screening screen(List<String> members, List<String> targets, LocalDate asOf, int lookbackYears, boolean region,
			int maxPaths) {
		if (members.isEmpty() || targets.isEmpty()) {
			return new Screening(List.of(), false);
		}
		int[] rows = { 0 };
		Map<String, Object> params = new HashMap<>();
		params.put("members", members);
		params.put("targets", targets);
		params.put("asOf", asOf.toString());
		params.put("since", asOf.minusYears(lookbackYears).toString());
		params.put("region", region);
		params.put("limit", (long) maxPaths + 1);
		Map<String, Builder> found = new LinkedHashMap<>();
		this.cypher.read(this.queries.text("inspection/recusal"), params, (r) -> {
			if (++rows[0] > maxPaths) {
				return null;
			}
			GraphEntity member = GraphEntity.of(r.get("member"));
			GraphEntity target = GraphEntity.of(r.get("target"));
			ConflictKind kind = ConflictKind.valueOf(r.get("kind").asString());
			found
				.computeIfAbsent(member.id() + "|" + target.id() + "|" + kind.ordinal(),
						(k) -> new Builder(member, target, kind))
				.evidence()
				.add(r.get("evidence"));
			return null;
		});
		List<Conflict> conflicts = new ArrayList<>();
		found.values()
			.forEach((b) -> conflicts.add(new Conflict(b.member(), b.target(), b.kind(), b.evidence().build(false))));
		conflicts.sort((a, b) -> {
			int c = a.member().id().compareTo(b.member().id());
			c = (c != 0) ? c : a.target().id().compareTo(b.target().id());
			return (c != 0) ? c : a.kind().compareTo(b.kind());
		});
		return new Screening(conflicts, rows[0] > maxPaths);
	}

	/**
	 * The members' memberships of other teams whose rounds overlap
	 * {@code from}–{@code to} (ends inclusive), leaving out {@code team}.
	 */
	List<Overlap> overlaps(List<String> members, LocalDate from, LocalDate to, String team) {
		if (members.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("members", members);
		params.put("from", from.toString());
		params.put("to", to.toString());
		params.put("team", team);
		return this.cypher.read(this.queries.text("inspection/overlapping-teams"), params,
				(r) -> new Overlap(GraphEntity.of(r.get("member")), GraphEntity.of(r.get("team")),
						GraphEntity.of(r.get("round")), new Subgraph.Builder().add(r.get("evidence")).build(false)));
	}

	/** Refuses more than {@link #MAX_SCREENED} ids in one argument. */
	static void requireFew(List<String> ids, String argument) {
		if (ids != null && ids.size() > MAX_SCREENED) {
			throw DomainException.limit(argument,
					argument + " may name at most " + MAX_SCREENED + " ids, named " + ids.size());
		}
	}

	/**
	 * @param conflicts the ties found
	 * @param truncated whether evidence was left out past the bound
	 */
	record Screening(List<Conflict> conflicts, boolean truncated) {
	}

	static int lookback(Integer years) {
		int value = (years != null) ? years : 5;
		if (value < 0 || value > MAX_LOOKBACK_YEARS) {
			throw DomainException.badRequest("lookbackYears",
					"lookbackYears must lie between 0 and " + MAX_LOOKBACK_YEARS + ", not " + value);
		}
		return value;
	}

	static LocalDate date(String text, String field) {
		try {
			LocalDate day = LocalDate.parse(text);
			if (day.getYear() < 1900 || day.getYear() > 2999) {
				throw DomainException.badRequest(field,
						field + " must lie between the years 1900 and 2999, not " + text);
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			throw DomainException.badRequest(field, field + " must be a date like 2024-03-01, not '"
					+ ((text.length() > 40) ? text.substring(0, 40) + "…" : text) + "'");
		}
	}

	private record Builder(GraphEntity member, GraphEntity target, ConflictKind kind, Subgraph.Builder evidence) {

		Builder(GraphEntity member, GraphEntity target, ConflictKind kind) {
			this(member, target, kind, new Subgraph.Builder());
		}

	}

}
