package org.oversight.insight;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.organization.Level;
import org.oversight.organization.Sector;
import org.oversight.security.Visibility;
import org.oversight.store.GraphEntity;
import org.springframework.stereotype.Service;

/**
 * The views leadership plans with: figures broken down and over time, rectification rates
 * by any dimension, and coverage with the riskiest uncovered organizations.
 */
@Service
public class LeadershipViews {

	static final String UNATTRIBUTED = "未归类";

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final InsightService insight;

	LeadershipViews(Cypher cypher, QueryCatalogue queries, InsightService insight) {
		this.cypher = cypher;
		this.queries = queries;
		this.insight = insight;
	}

	/**
	 * The figures page of a term or round, today, as the caller may see it: what the
	 * documents (report/) print.
	 */
	public FigureView figureView(String termId, String roundId, Visibility visibility) {
		return figureView(InsightController.scope(termId, roundId, null, null), null, visibility);
	}

	public FigureView figureView(Scope scope, String asOf, Visibility visibility) {
		String day = InsightService.asOf(asOf);
		Figures totals = this.insight.figures(scope, day, visibility);
		List<String> rounds = this.insight.rounds(scope, visibility);
		List<FigureGroup> bySector = groups("SECTOR", rounds, day, visibility, LeadershipViews::sectorLabel);
		List<FigureGroup> byLevel = groups("LEVEL", rounds, day, visibility, LeadershipViews::levelLabel);
		List<FigureGroup> trend = List.of();
		if (scope.termId() != null || scope.roundId() != null) {
			Map<String, String> ordered = new LinkedHashMap<>();
			if (scope.plain()) {
				Map<String, Object> params = new HashMap<>();
				params.put("term", scope.termId());
				params.put("round", scope.roundId());
				this.cypher.read(this.queries.text("insight/rounds-in-order"), params,
						(r) -> ordered.put(r.get("id").asString(), r.get("name").asString(null)));
			}
			else {
				this.cypher.read(this.queries.text("insight/rounds-by-ids"), Map.of("ids", rounds),
						(r) -> ordered.put(r.get("id").asString(), r.get("name").asString(null)));
			}
			if (ordered.isEmpty() && scope.roundId() != null) {
				ordered.put(scope.roundId(), null);
			}
			Map<String, FigureGroup> byRound = new HashMap<>();
			groups("ROUND", List.copyOf(ordered.keySet()), day, visibility, (k) -> ordered.get(k))
				.forEach((g) -> byRound.put(g.key(), g));
			trend = ordered.entrySet()
				.stream()
				.map((e) -> byRound.getOrDefault(e.getKey(), new FigureGroup(e.getKey(), e.getValue(), empty(day))))
				.toList();
		}
		return new FigureView(totals, bySector, byLevel, trend);
	}

	private List<FigureGroup> groups(String by, List<String> rounds, String asOf, Visibility visibility,
			java.util.function.Function<String, String> label) {
		Map<String, Object> params = new HashMap<>();
		params.put("by", by);
		params.put("rounds", rounds);
		params.put("asOf", asOf);
		params.put("forms", Figures.forms());
		params.put("formCodes", Figures.formCodes());
		params.put("typeCodes", Figures.typeCodes());
		Map<String, Map<String, Long>> metrics = new LinkedHashMap<>();
		this.cypher.read(this.queries.text("insight/figures-by", visibility::allows), visibility.with(params), (r) -> {
			String key = r.get("key").asString(null);
			metrics.computeIfAbsent(key, (k) -> new HashMap<>())
				.merge(r.get("metric").asString(), r.get("n").asLong(), Long::sum);
			return null;
		});
		List<FigureGroup> groups = new ArrayList<>();
		metrics.forEach((key, m) -> groups
			.add(new FigureGroup(key, (key != null) ? label.apply(key) : UNATTRIBUTED, figures(m, asOf))));
		groups.sort(Comparator.comparing(FigureGroup::key, Comparator.nullsLast(Comparator.naturalOrder())));
		return groups;
	}

	private static Figures figures(Map<String, Long> m, String asOf) {
		return new Figures(m.getOrDefault("found", 0L), m.getOrDefault("leads", 0L), m.getOrDefault("cases", 0L),
				m.getOrDefault("people", 0L), m.getOrDefault("sanctions", 0L), m.getOrDefault("sanctioned", 0L),
				m.getOrDefault("judicial", 0L), m.getOrDefault("admonitions", 0L), m.getOrDefault("fedBack", 0L),
				m.getOrDefault("rectified", 0L), m.getOrDefault("rules", 0L),
				java.util.Arrays.stream(org.oversight.lead.SanctionForm.values())
					.map((f) -> new Figures.FormCount(f, m.getOrDefault("people:" + f.name(), 0L),
							org.oversight.lead.SanctionType.codesOf(f)
								.stream()
								.mapToLong((t) -> m.getOrDefault("stype:" + t, 0L))
								.sum()))
					.toList(),
				java.util.Arrays.stream(org.oversight.lead.SanctionType.values())
					.map((t) -> new Figures.TypeCount(t, m.getOrDefault("ptype:" + t.name(), 0L),
							m.getOrDefault("stype:" + t.name(), 0L)))
					.toList(),
				LedgerCounts.of(m), asOf);
	}

	private static Figures empty(String asOf) {
		return figures(Map.of(), asOf);
	}

	/**
	 * @param asOf with it, everything as on that day (by its dates); without, the ledger
	 * now, overdue judged on today
	 * @param definition the rate each row answers
	 */
	public List<RateRow> rates(String by, Scope scope, String asOf, RateDefinition definition, Visibility visibility) {
		String day = InsightService.asOf(asOf);
		List<String> rounds = this.insight.rounds(scope, visibility);
		Map<String, Object> params = new HashMap<>();
		params.put("by", by);
		params.put("rounds", rounds);
		params.put("asOf", day);
		params.put("today", day(asOf));
		return this.cypher.read(this.queries.text("insight/rates"), params, (r) -> {
			String key = r.get("key").asString(null);
			String label = r.get("label").asString(null);
			if (key == null) {
				label = UNATTRIBUTED;
			}
			else if ("SECTOR".equals(by)) {
				label = sectorLabel(key);
			}
			else if ("LEVEL".equals(by)) {
				label = levelLabel(key);
			}
			return new RateRow(key, label, r.get("fedBack").asLong(), r.get("rectified").asLong(),
					r.get("tasks").asLong(), r.get("overdue").asLong(), r.get("failed").asLong(), LedgerCounts.of(r),
					definition, day);
		});
	}

	/**
	 * The records behind one number: the same definitions, dates and visibility as the
	 * figure, within one group of a breakdown when {@code by} is given.
	 */
	FigureRecords records(FigureKind figure, Scope scope, String asOf, String by, String key, String type, String form,
			int first, Visibility visibility) {
		if (first < 0 || first > 5000) {
			throw DomainException.limit("first", "first must lie between 0 and 5000");
		}
		String day = InsightService.asOf(asOf);
		Map<String, Object> params = new HashMap<>();
		params.put("figure", figure.name());
		params.put("rounds", this.insight.rounds(scope, visibility));
		params.put("asOf", day);
		params.put("by", by);
		params.put("key", key);
		params.put("type", type);
		params.put("form", form);
		params.put("forms", Figures.forms());
		List<GraphEntity> all = this.cypher.read(
				this.queries.text("insight/figure-records-" + family(figure), visibility::allows),
				visibility.with(params), (r) -> GraphEntity.of(r.get("item")));
		return new FigureRecords(figure, day, all.size(), all.subList(0, Math.min(first, all.size())));
	}

	/**
	 * The ledger lines behind one number of a rectification row: the same scope, dates,
	 * group keys and judgement of overdue as {@link #rates}, within one group when
	 * {@code by} is given.
	 */
	public LedgerRecords ledgerRecords(LedgerRecordKind records, Scope scope, String asOf, String by, String key,
			int first, Visibility visibility) {
		if (first < 0 || first > 5000) {
			throw DomainException.limit("first", "first must lie between 0 and 5000");
		}
		String day = InsightService.asOf(asOf);
		Map<String, Object> params = new HashMap<>();
		params.put("records", records.name());
		params.put("rounds", this.insight.rounds(scope, visibility));
		params.put("asOf", day);
		params.put("today", day(asOf));
		params.put("by", by);
		params.put("key", key);
		List<LedgerRecords.Line> all = this.cypher.read(this.queries.text("insight/ledger-records", visibility::allows),
				visibility.with(params),
				(r) -> new LedgerRecords.Line(GraphEntity.of(r.get("item")), r.get("deadline").asString(null),
						r.get("done").asBoolean(), r.get("overdue").asBoolean(), r.get("failed").asLong(),
						r.get("responsible").asString(null), r.get("finding").asString(null)));
		long counted = (records == LedgerRecordKind.FAILED_VERIFICATIONS)
				? all.stream().mapToLong(LedgerRecords.Line::failedVerifications).sum() : all.size();
		return new LedgerRecords(records, day, all.size(), counted, all.subList(0, Math.min(first, all.size())));
	}

	/**
	 * Which statement lists a figure's records: one per family, so none plans the others'
	 * work.
	 */
	private static String family(FigureKind figure) {
		return switch (figure) {
			case PROBLEMS_FOUND, FED_BACK, RECTIFIED, RECTIFICATION_RATE -> "findings";
			case RULES_REVISED -> "rules";
			case LEADS -> "leads";
			case CASES, PEOPLE_IN_CASES -> "cases";
			case SANCTIONS, PEOPLE_SANCTIONED, JUDICIAL_TRANSFERS, ADMONITIONS -> "sanctions";
		};
	}

	/**
	 * @param committeeId a county's committee below the term's (县 alone, or with its own
	 * committees below when combined); null for the term's committee
	 */
	public CoveragePlan coveragePlan(String termId, String committeeId, boolean combined, String asOf, int first,
			Visibility visibility) {
		if (first < 0 || first > 1000) {
			throw DomainException.limit("first", "first must lie between 0 and 1000");
		}
		this.insight.require(termId, "Term", "termId", visibility);
		if (committeeId != null) {
			this.insight.require(committeeId, "Organization", "committeeId", visibility);
		}
		Map<String, Object> params = new HashMap<>();
		params.put("term", termId);
		params.put("committee", committeeId);
		params.put("combined", combined);
		params.put("asOf", day(asOf).toString());
		List<Object[]> rows = new ArrayList<>(this.cypher.read(
				this.queries.text("insight/coverage-detail", visibility::allows), visibility.with(params),
				(r) -> new Object[] { GraphEntity.of(r.get("organization")), r.get("level").asString(),
						r.get("covered").asBoolean(), GraphEntity.of(r.get("region")), r.get("openAlerts").asLong(),
						r.get("petitions").asLong(), r.get("pastFindings").asLong() }));
		Map<String, long[]> levels = new LinkedHashMap<>();
		Map<String, CoveragePlan.Group> regions = new LinkedHashMap<>();
		List<CoveragePlan.Uncovered> uncovered = new ArrayList<>();
		rows.sort(Comparator.comparing((Object[] row) -> levelOrder((String) row[1]))
			.thenComparing((row) -> ((GraphEntity) row[0]).id()));
		for (Object[] row : rows) {
			String level = (String) row[1];
			boolean covered = (Boolean) row[2];
			GraphEntity region = (GraphEntity) row[3];
			long[] counts = levels.computeIfAbsent(level, (k) -> new long[2]);
			counts[0]++;
			counts[1] += covered ? 1 : 0;
			String regionKey = ((region != null) ? region.id() : "") + "|" + level;
			CoveragePlan.Group old = regions.getOrDefault(regionKey, new CoveragePlan.Group(level, region, 0, 0));
			regions.put(regionKey,
					new CoveragePlan.Group(level, region, old.organizations() + 1, old.covered() + (covered ? 1 : 0)));
			if (!covered) {
				uncovered.add(new CoveragePlan.Uncovered((GraphEntity) row[0], region, (Long) row[4], (Long) row[5],
						(Long) row[6]));
			}
		}
		uncovered.sort(Comparator.comparingLong(CoveragePlan.Uncovered::risk)
			.reversed()
			.thenComparing(Comparator.comparingLong(CoveragePlan.Uncovered::pastFindings).reversed())
			.thenComparing((u) -> u.organization().id()));
		List<CoveragePlan.Group> byLevel = new ArrayList<>();
		levels.forEach((level, c) -> byLevel.add(new CoveragePlan.Group(level, null, c[0], c[1])));
		List<CoveragePlan.Group> byRegion = new ArrayList<>(regions.values());
		byRegion.sort(Comparator.comparing((CoveragePlan.Group g) -> levelOrder(g.level()))
			.thenComparing((g) -> (g.region() != null) ? g.region().id() : "~"));
		return new CoveragePlan(byLevel, byRegion, uncovered.subList(0, Math.min(first, uncovered.size())));
	}

	private static int levelOrder(String level) {
		int i = List.of("CITY", "COUNTY", "TOWNSHIP", "VILLAGE").indexOf(level);
		return (i >= 0) ? i : 4;
	}

	static LocalDate day(String asOf) {
		if (asOf == null) {
			return LocalDate.now();
		}
		try {
			return LocalDate.parse(asOf);
		}
		catch (DateTimeParseException ex) {
			throw DomainException.badRequest("asOf", "asOf must be a date like 2024-03-01, not '" + asOf + "'");
		}
	}

	private static String sectorLabel(String key) {
		for (Sector s : Sector.values()) {
			if (s.name().equals(key)) {
				return s.zh();
			}
		}
		return key;
	}

	private static String levelLabel(String key) {
		for (Level l : Level.values()) {
			if (Objects.equals(l.name(), key)) {
				return l.zh();
			}
		}
		return key;
	}

}
