package org.oversight.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.exceptions.ClientException;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.security.Caller;
import org.oversight.security.Visibility;
import org.oversight.store.EntityWriter;
import org.oversight.store.GraphEntity;
import org.oversight.store.Provenance;
import org.springframework.stereotype.Service;

/**
 * Published figures (报送数) kept beside the computed ones: recorded through the model
 * kernel's writer, and answered with the graph's value for the same scope as of the day
 * the report's figures were as of, so a difference shows (Anshun published 95.8% for
 * 17,487 of 21,336, which is 82.0%).
 */
@Service
public class ReportedFigures {

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final EntityWriter writer;

	private final InsightService insight;

	ReportedFigures(Cypher cypher, QueryCatalogue queries, EntityWriter writer, InsightService insight) {
		this.cypher = cypher;
		this.queries = queries;
		this.writer = writer;
		this.insight = insight;
	}

	GraphEntity record(ReportedFigureInput input, Caller caller) {
		Visibility visibility = caller.visibility();
		require(input.termId(), "termId");
		this.insight.require(input.termId(), "Term", "termId", visibility);
		if (input.committeeId() != null) {
			this.insight.require(input.committeeId(), "Organization", "committeeId", visibility);
		}
		if (input.roundId() != null) {
			this.insight.require(input.roundId(), "InspectionRound", "roundId", visibility);
		}
		require(input.figure(), "figure");
		require(input.value(), "value");
		if (input.document() == null || input.document().isBlank()) {
			throw DomainException.badRequest("document", "Name the document that published the figure");
		}
		LocalDate reported = date(input.reportedDate(), "reportedDate");
		if (reported.isAfter(LocalDate.now())) {
			throw DomainException.badRequest("reportedDate", "A figure is recorded once published, not " + reported);
		}
		LocalDate asOf = (input.asOf() != null) ? date(input.asOf(), "asOf") : null;
		if (asOf != null && asOf.isAfter(reported)) {
			throw DomainException.badRequest("asOf", "A report's figures are as of its date or before, not " + asOf);
		}
		checkValues(input);
		String committee = (input.committeeId() != null) ? input.committeeId() : committeeOf(input.termId());
		String id = (input.id() != null && !input.id().isBlank()) ? input.id().strip()
				: "REP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", id);
		row.put("termId", input.termId());
		row.put("committeeId", committee);
		put(row, "roundId", input.roundId());
		if (Boolean.TRUE.equals(input.combined())) {
			row.put("combined", true);
		}
		row.put("figure", input.figure().name());
		row.put("value", input.value());
		put(row, "numerator", input.numerator());
		put(row, "denominator", input.denominator());
		put(row, "definition", (input.definition() != null) ? input.definition().name() : null);
		row.put("document", input.document().strip());
		row.put("reportedDate", reported);
		put(row, "asOf", asOf);
		put(row, "name", (input.name() != null) ? input.name().strip() : null);
		put(row, "note", (input.note() != null) ? input.note().strip() : null);
		Provenance provenance = new Provenance("api", caller.name());
		return this.cypher.inWrite((tx) -> {
			try {
				this.writer.createNodes(tx, InsightModel.REPORTED_FIGURE, List.of(row), provenance);
			}
			catch (ClientException ex) {
				if (String.valueOf(ex.code()).contains("ConstraintValidationFailed")) {
					throw DomainException.badRequest("id", "The id '" + id + "' is taken");
				}
				throw ex;
			}
			this.writer.createReferences(tx, InsightModel.REPORTED_FIGURE, List.of(row), provenance);
			return this.cypher
				.list(tx, this.queries.text("insight/reported-entity"), Map.of("id", id),
						(r) -> GraphEntity.of(r.get("n")))
				.get(0);
		});
	}

	private static void checkValues(ReportedFigureInput input) {
		if (input.figure().rate()) {
			if (input.value() < 0 || input.value() > 100) {
				throw DomainException.badRequest("value",
						"A rate is in percent, between 0 and 100, not " + input.value());
			}
			if ((input.numerator() == null) != (input.denominator() == null)) {
				throw DomainException.badRequest("denominator",
						"A rate's counts come as a pair: numerator and denominator");
			}
			if (input.denominator() != null && (input.denominator() <= 0 || input.numerator() < 0)) {
				throw DomainException.badRequest("denominator", "A rate's counts are positive");
			}
		}
		else {
			if (input.numerator() != null || input.denominator() != null || input.definition() != null) {
				throw DomainException.badRequest("figure",
						input.figure() + " is a count: numerator, denominator and definition are for a rate");
			}
			if (input.value() < 0 || input.value() != Math.rint(input.value())) {
				throw DomainException.badRequest("value", "A count is a whole number, not " + input.value());
			}
		}
	}

	/** The published figures of a term, each beside the computed one. */
	public List<ReportedBesideComputed> besideComputed(String termId, Visibility visibility) {
		this.insight.require(termId, "Term", "termId", visibility);
		String termCommittee = committeeOf(termId);
		Map<String, Figures> computed = new HashMap<>();
		List<ReportedBesideComputed> result = new ArrayList<>();
		List<Object[]> rows = this.cypher.read(this.queries.text("insight/reported-of-term"), Map.of("term", termId),
				(r) -> new Object[] { GraphEntity.of(r.get("n")), r.get("committee").asString(null),
						r.get("round").asString(null) });
		for (Object[] row : rows) {
			GraphEntity reported = (GraphEntity) row[0];
			String committee = (String) row[1];
			String round = (String) row[2];
			boolean combined = Boolean.TRUE.equals(reported.get("combined"));
			Scope scope = (round != null) ? Scope.of(null, round)
					: new Scope(termId, null, termCommittee.equals(committee) ? null : committee, combined);
			Object day = (reported.get("asOf") != null) ? reported.get("asOf") : reported.get("reportedDate");
			String asOf = day.toString();
			Figures figures = computed.computeIfAbsent(scope + "@" + asOf,
					(k) -> this.insight.figures(scope, asOf, visibility));
			result.add(compare(reported, figures, asOf));
		}
		return result;
	}

	static ReportedBesideComputed compare(GraphEntity reported, Figures figures, String asOf) {
		FigureKind figure = FigureKind.valueOf(reported.get("figure").toString());
		double value = ((Number) reported.get("value")).doubleValue();
		int decimals = Math.max(1, BigDecimal.valueOf(value).stripTrailingZeros().scale());
		if (!figure.rate()) {
			long computed = count(figure, figures);
			boolean differs = Math.round(value) != computed;
			return new ReportedBesideComputed(reported, figure, null, asOf, value, null, (double) computed, null, null,
					value - computed, differs, false);
		}
		RateDefinition definition = (reported.get("definition") != null)
				? RateDefinition.valueOf(reported.get("definition").toString()) : RateDefinition.PER_PROBLEM;
		DefinedRate rate = figures.ledger().rate(definition);
		Double ofCounts = null;
		boolean differsFromCounts = false;
		if (reported.get("numerator") != null && reported.get("denominator") != null) {
			ofCounts = rounded(((Number) reported.get("numerator")).doubleValue() * 100
					/ ((Number) reported.get("denominator")).doubleValue(), decimals);
			differsFromCounts = ofCounts.doubleValue() != rounded(value, decimals);
		}
		Double computed = rate.rate();
		Double difference = (computed != null) ? rounded(value - computed, 2) : null;
		boolean differs = computed != null && rounded(computed, decimals) != rounded(value, decimals);
		return new ReportedBesideComputed(reported, figure, definition, asOf, value, ofCounts, computed,
				rate.numerator(), rate.denominator(), difference, differs, differsFromCounts);
	}

	private static long count(FigureKind figure, Figures f) {
		return switch (figure) {
			case PROBLEMS_FOUND -> f.problemsFound();
			case LEADS -> f.leads();
			case CASES -> f.cases();
			case PEOPLE_IN_CASES -> f.peopleInCases();
			case SANCTIONS -> f.sanctions();
			case PEOPLE_SANCTIONED -> f.peopleSanctioned();
			case JUDICIAL_TRANSFERS -> f.judicialTransfers();
			case ADMONITIONS -> f.admonitions();
			case FED_BACK -> f.fedBack();
			case RECTIFIED -> f.rectified();
			case RULES_REVISED -> f.rulesRevised();
			case RECTIFICATION_RATE -> throw new IllegalArgumentException("a rate is not a count");
		};
	}

	private static double rounded(double value, int decimals) {
		return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
	}

	private String committeeOf(String termId) {
		return this.cypher
			.read(this.queries.text("insight/committee-of-term"), Map.of("term", termId), (r) -> r.get("id").asString())
			.get(0);
	}

	private static void require(Object value, String field) {
		if (value == null) {
			throw DomainException.badRequest(field, field + " is required");
		}
	}

	private static LocalDate date(String text, String field) {
		require(text, field);
		try {
			return LocalDate.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw DomainException.badRequest(field, field + " must be a date like 2024-03-01, not '" + text + "'");
		}
	}

	private static void put(Map<String, Object> row, String key, Object value) {
		if (value != null) {
			row.put(key, value);
		}
	}

}
