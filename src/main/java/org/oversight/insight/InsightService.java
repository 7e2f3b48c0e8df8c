package org.oversight.insight;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.security.Visibility;
import org.oversight.store.EntityStore;
import org.oversight.store.GraphEntity;
import org.springframework.stereotype.Service;

/**
 * Leadership figures: the funnel and the ledger per term or round, and coverage per
 * level.
 */
@Service
public class InsightService {

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final EntityStore store;

	InsightService(Cypher cypher, QueryCatalogue queries, EntityStore store) {
		this.cypher = cypher;
		this.queries = queries;
		this.store = store;
	}

	/**
	 * @param termId a term, or null
	 * @param roundId a round, or null; with neither, the whole graph
	 * @param asOf the day (YYYY-MM-DD) everything is counted as of, by its dates; null
	 * for now
	 * @param visibility what the caller may see: only their leads and cases are counted
	 */
	public Figures figures(String termId, String roundId, String asOf, Visibility visibility) {
		return figures(Scope.of(termId, roundId), asOf, visibility);
	}

	/** The figures of a scope as of a day (null: now). */
	public Figures figures(Scope scope, String asOf, Visibility visibility) {
		String day = asOf(asOf);
		List<String> rounds = rounds(scope, visibility);
		Map<String, Object> params = new HashMap<>();
		params.put("rounds", rounds);
		params.put("forms", Figures.forms());
		params.put("asOf", day);
		String query = this.queries.text("insight/figures", visibility::allows);
		return this.cypher.read(query, visibility.with(params), (r) -> figures(r, day)).get(0);
	}

	/** The day asked, checked; null stays null (now). */
	static String asOf(String asOf) {
		return (asOf != null) ? LeadershipViews.day(asOf).toString() : null;
	}

	/**
	 * The rounds of a term or the one round, checked to exist; null (everything) for
	 * neither.
	 */
	List<String> rounds(Scope scope, Visibility visibility) {
		if (scope.plain()) {
			return rounds(scope.termId(), scope.roundId(), visibility);
		}
		if (scope.termId() == null || scope.roundId() != null) {
			throw DomainException.badRequest("termId", "A committee's or a combined figure is of a term: give termId");
		}
		require(scope.termId(), "Term", "termId", visibility);
		String committee = scope.committeeId();
		if (committee == null) {
			committee = this.cypher
				.read(this.queries.text("insight/committee-of-term"), Map.of("term", scope.termId()),
						(r) -> r.get("id").asString(null))
				.stream()
				.findFirst()
				.orElseThrow(
						() -> DomainException.badRequest("termId", "Term " + scope.termId() + " has no committee"));
		}
		else {
			require(committee, "Organization", "committeeId", visibility);
		}
		return this.cypher.read(this.queries.text("insight/rounds-of-scope"),
				Map.of("term", scope.termId(), "committee", committee, "combined", scope.combined()),
				(r) -> r.get("id").asString());
	}

	List<String> rounds(String termId, String roundId, Visibility visibility) {
		if (termId != null && roundId != null) {
			throw DomainException.badRequest("roundId", "Give a term or a round, not both");
		}
		if (termId != null) {
			require(termId, "Term", "termId", visibility);
			return this.cypher.read(this.queries.text("insight/rounds-of-term"), Map.of("term", termId),
					(r) -> r.get("id").asString());
		}
		if (roundId != null) {
			require(roundId, "InspectionRound", "roundId", visibility);
			return List.of(roundId);
		}
		return null;
	}

	static Figures figures(org.neo4j.driver.Record r, String asOf) {
		return new Figures(r.get("found").asLong(), r.get("leads").asLong(), r.get("cases").asLong(),
				r.get("people").asLong(), r.get("sanctions").asLong(), r.get("sanctioned").asLong(),
				r.get("judicial").asLong(), r.get("admonitions").asLong(), r.get("fedBack").asLong(),
				r.get("rectified").asLong(), r.get("rules").asLong(), byForm(r.get("byForm")), byType(r.get("byForm")),
				LedgerCounts.of(r), asOf);
	}

	/** Distinct persons and sanctions per form, every form listed. */
	private static List<Figures.FormCount> byForm(org.neo4j.driver.Value pairs) {
		Map<String, java.util.Set<String>> people = new HashMap<>();
		Map<String, java.util.Set<String>> sanctions = new HashMap<>();
		pairs.asList((v) -> v).forEach((v) -> {
			String form = v.get("form").asString();
			people.computeIfAbsent(form, (k) -> new java.util.HashSet<>()).add(v.get("person").asString());
			sanctions.computeIfAbsent(form, (k) -> new java.util.HashSet<>()).add(v.get("sanction").asString());
		});
		return java.util.Arrays.stream(org.oversight.lead.SanctionForm.values())
			.map((f) -> new Figures.FormCount(f, people.getOrDefault(f.name(), java.util.Set.of()).size(),
					sanctions.getOrDefault(f.name(), java.util.Set.of()).size()))
			.toList();
	}

	/** Distinct persons and sanctions per type, every type listed. */
	private static List<Figures.TypeCount> byType(org.neo4j.driver.Value pairs) {
		Map<String, java.util.Set<String>> people = new HashMap<>();
		Map<String, java.util.Set<String>> sanctions = new HashMap<>();
		pairs.asList((v) -> v).forEach((v) -> {
			String type = v.get("type").asString();
			people.computeIfAbsent(type, (k) -> new java.util.HashSet<>()).add(v.get("person").asString());
			sanctions.computeIfAbsent(type, (k) -> new java.util.HashSet<>()).add(v.get("sanction").asString());
		});
		return java.util.Arrays.stream(org.oversight.lead.SanctionType.values())
			.map((t) -> new Figures.TypeCount(t, people.getOrDefault(t.name(), java.util.Set.of()).size(),
					sanctions.getOrDefault(t.name(), java.util.Set.of()).size()))
			.toList();
	}

	/**
	 * @param committeeId a county's committee below the term's; null for the term's own
	 */
	public List<LevelCoverage> coverage(String termId, String committeeId, boolean combined, String asOf,
			Visibility visibility) {
		String day = asOf(asOf);
		require(termId, "Term", "termId", visibility);
		if (committeeId != null) {
			require(committeeId, "Organization", "committeeId", visibility);
		}
		Map<String, Object> params = new HashMap<>();
		params.put("term", termId);
		params.put("committee", committeeId);
		params.put("combined", combined);
		params.put("asOf", day);
		return this.cypher.read(this.queries.text("insight/coverage"), params,
				(r) -> new LevelCoverage(r.get("level").asString(), r.get("organizations").asLong(),
						r.get("covered").asLong()));
	}

	void require(String id, String kind, String argument, Visibility visibility) {
		GraphEntity entity = this.store.find(id, visibility);
		if (entity == null || !kind.equals(entity.kind())) {
			throw DomainException.notFound(argument, id);
		}
	}

}
