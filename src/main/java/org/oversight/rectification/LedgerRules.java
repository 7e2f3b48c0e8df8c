package org.oversight.rectification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.ingest.BundleRule;
import org.oversight.ingest.ImportError;
import org.springframework.stereotype.Component;

/**
 * The ledger's rules as an import meets them, the same the API applies to its writes: a
 * revisit's verdict belongs to a revisit round (回头看, as {@link Checks#lookback}); a
 * sign-off (书记签字) names its signer and its day, as {@code signRectification} takes both;
 * and a hand-over carries problems of its own category only (分类移交, as {@link Handovers}
 * checks). What the bundle defines is read from the bundle, the rest from the database,
 * so a bundle that would leave the database breaking a rule is refused too (a round with
 * verdicts made a regular round, a finding's category changed under its hand-over).
 */
@Component
class LedgerRules implements BundleRule {

	private static final String LOOKBACK = "LOOKBACK";

	private static final String ROUND = "InspectionRound";

	private static final String FINDING = "Finding";

	private final Cypher cypher;

	private final QueryCatalogue queries;

	LedgerRules(Cypher cypher, QueryCatalogue queries) {
		this.cypher = cypher;
		this.queries = queries;
	}

	@Override
	public List<ImportError> check(Rows rows) {
		List<ImportError> errors = new ArrayList<>();
		verdictsInRevisitRounds(rows, errors);
		signOffs(rows, errors);
		handoversOfOneKind(rows, errors);
		return errors;
	}

	/**
	 * Each verdict's round is a revisit round (as the bundle gives it, else as stored);
	 * and a round the bundle makes another type holds no stored verdict.
	 */
	private void verdictsInRevisitRounds(Rows rows, List<ImportError> errors) {
		List<Row> verdicts = rows.of(RectificationModel.VERIFICATIONS.file());
		Map<String, String> types = new HashMap<>();
		Set<String> stored = new LinkedHashSet<>();
		for (Row verdict : verdicts) {
			String id = verdict.text("roundId");
			if (id != null) {
				Map<String, Object> round = rows.entity(ROUND, id);
				if (round != null) {
					types.put(id, text(round.get("type")));
				}
				else {
					stored.add(id);
				}
			}
		}
		if (!stored.isEmpty()) {
			this.cypher.read(this.queries.text("rectification/round-types"), Map.of("ids", List.copyOf(stored)),
					(r) -> types.put(r.get("id").asString(), r.get("type").asString(null)));
		}
		for (Row verdict : verdicts) {
			String id = verdict.text("roundId");
			// A round defined nowhere is the reference check's error, not this one's.
			if (id != null && types.containsKey(id) && !LOOKBACK.equals(types.get(id))) {
				errors.add(verdict.error("round_id",
						"round '" + id + "' is " + types.get(id) + "; " + Checks.VERIFIED_IN_LOOKBACK));
			}
		}
		List<Row> retyped = rows.of("rounds.csv")
			.stream()
			.filter((r) -> r.text("id") != null && r.text("type") != null && !LOOKBACK.equals(r.text("type")))
			.toList();
		if (retyped.isEmpty()) {
			return;
		}
		Map<String, String> judged = new HashMap<>();
		this.cypher.read(this.queries.text("rectification/verdict-rounds"), Map.of("ids", ids(retyped)),
				(r) -> judged.put(r.get("id").asString(), r.get("task").asString()));
		for (Row round : retyped) {
			String task = judged.get(round.text("id"));
			if (task != null) {
				errors.add(round.error("type", "round '" + round.text("id") + "' holds revisit verdicts (on '" + task
						+ "' and maybe more), so it stays LOOKBACK: " + Checks.VERIFIED_IN_LOOKBACK));
			}
		}
	}

	/**
	 * A sign-off has both its signer and its day; a value given but malformed is already
	 * an error of its own and is not reported twice.
	 */
	private static void signOffs(Rows rows, List<ImportError> errors) {
		for (Row task : rows.of(RectificationModel.TASK.file())) {
			Object signer = task.values().get("signedBy");
			Object day = task.values().get("signedDate");
			if (day != null && signer == null && task.values().containsKey("signedBy")) {
				errors.add(task.error("signed_by", "a sign-off (书记签字) on " + day
						+ " needs its signer: signed_by names the secretary of the unit who signed"));
			}
			if (signer != null && day == null && task.values().containsKey("signedDate")) {
				errors.add(task.error("signed_date",
						"a sign-off (书记签字) by '" + signer + "' needs its day: signed_date is the day it was signed"));
			}
		}
	}

	/**
	 * Every finding a hand-over covers is of the hand-over's category: the pairs the
	 * bundle gives, and the stored pairs of the hand-overs and findings the bundle
	 * (re)defines, each with the categories the import would leave.
	 */
	private void handoversOfOneKind(Rows rows, List<ImportError> errors) {
		List<Row> links = rows.of(RectificationModel.HANDOVER_FINDINGS.file());
		Map<String, Row> handovers = byId(rows.of(RectificationModel.HANDOVER_TYPE.file()));
		Map<String, Row> findings = byId(rows.of("findings.csv"));
		List<String[]> storedPairs = new ArrayList<>();
		if (!handovers.isEmpty() || !findings.isEmpty()) {
			this.cypher.read(this.queries.text("rectification/covered"),
					Map.of("handovers", List.copyOf(handovers.keySet()), "findings", List.copyOf(findings.keySet())),
					(r) -> storedPairs.add(new String[] { r.get("handover").asString(), r.get("finding").asString() }));
		}
		if (links.isEmpty() && storedPairs.isEmpty()) {
			return;
		}
		Categories categories = new Categories(rows);
		links.forEach((l) -> categories.need(l.text("handoverId"), l.text("findingId")));
		storedPairs.forEach((p) -> categories.need(p[0], p[1]));
		categories.readStored();
		Set<String> given = new HashSet<>();
		for (Row link : links) {
			String handover = link.text("handoverId");
			String finding = link.text("findingId");
			given.add(handover + "/" + finding);
			String mismatch = categories.mismatch(handover, finding);
			if (mismatch != null) {
				errors.add(link.error("finding_id",
						"finding '" + finding + "' is " + mismatch + ", not "
								+ categories.of(RectificationModel.HANDOVER, handover) + " like hand-over '" + handover
								+ "': " + Handovers.OF_ONE_KIND));
			}
		}
		Set<String> reported = new HashSet<>();
		for (String[] pair : storedPairs) {
			if (given.contains(pair[0] + "/" + pair[1]) || categories.mismatch(pair[0], pair[1]) == null) {
				continue;
			}
			Row handover = handovers.get(pair[0]);
			Row at = (handover != null) ? handover : findings.get(pair[1]);
			if (at == null || !reported.add(at.file() + ":" + at.line())) {
				continue;
			}
			errors.add(at.error("category", (handover != null)
					? "hand-over '" + pair[0] + "' covers finding '" + pair[1] + "', which is "
							+ categories.of(FINDING, pair[1]) + ": " + Handovers.OF_ONE_KIND
					: "finding '" + pair[1] + "' is covered by hand-over '" + pair[0] + "', which is "
							+ categories.of(RectificationModel.HANDOVER, pair[0]) + ": " + Handovers.OF_ONE_KIND));
		}
	}

	/**
	 * The categories of hand-overs and findings as the import would leave them: the
	 * bundle's, else the database's.
	 */
	private final class Categories {

		private final Rows rows;

		private final Map<String, String> stored = new HashMap<>();

		private final Set<String> known = new HashSet<>();

		private final Set<String> ask = new LinkedHashSet<>();

		Categories(Rows rows) {
			this.rows = rows;
		}

		void need(String handover, String finding) {
			needOf(RectificationModel.HANDOVER, handover);
			needOf(FINDING, finding);
		}

		private void needOf(String kind, String id) {
			if (id == null) {
				return;
			}
			if (this.rows.entity(kind, id) != null) {
				this.known.add(id);
			}
			else {
				this.ask.add(id);
			}
		}

		void readStored() {
			if (this.ask.isEmpty()) {
				return;
			}
			LedgerRules.this.cypher.read(LedgerRules.this.queries.text("rectification/categories"),
					Map.of("ids", List.copyOf(this.ask)), (r) -> {
						this.known.add(r.get("id").asString());
						return this.stored.put(r.get("id").asString(), r.get("category").asString(null));
					});
		}

		String of(String kind, String id) {
			Map<String, Object> entity = this.rows.entity(kind, id);
			return (entity != null) ? text(entity.get("category")) : this.stored.get(id);
		}

		/**
		 * The finding's category when it is not the hand-over's ("of no category" when it
		 * has none); null when they agree, or an end is unknown (the reference check says
		 * so) or the hand-over's category is itself in error.
		 */
		String mismatch(String handover, String finding) {
			if (handover == null || finding == null || !this.known.contains(handover)
					|| !this.known.contains(finding)) {
				return null;
			}
			String wanted = of(RectificationModel.HANDOVER, handover);
			String found = of(FINDING, finding);
			if (wanted == null || wanted.equals(found)) {
				return null;
			}
			return (found != null) ? found : "of no category";
		}

	}

	private static Map<String, Row> byId(List<Row> rows) {
		Map<String, Row> byId = new HashMap<>();
		rows.stream().filter((r) -> r.text("id") != null).forEach((r) -> byId.putIfAbsent(r.text("id"), r));
		return byId;
	}

	private static List<String> ids(Collection<Row> rows) {
		return rows.stream().map((r) -> r.text("id")).filter(Objects::nonNull).distinct().toList();
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
