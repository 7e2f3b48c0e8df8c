package org.oversight.report;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.oversight.insight.FigureView;
import org.oversight.insight.LeadershipViews;
import org.oversight.insight.LedgerRecordKind;
import org.oversight.insight.RateDefinition;
import org.oversight.insight.ReportedFigures;
import org.oversight.insight.Scope;
import org.oversight.insight.SystemicIssues;
import org.oversight.model.DomainException;
import org.oversight.security.Caller;
import org.oversight.security.Visibility;
import org.oversight.store.EntityStore;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code exportTable} and {@code termReport}: documents read as the caller. */
@Controller
class ReportController {

	private static final Map<String, String> LISTS = Map.of("FINDINGS", "Finding", "LEADS", "Lead", "RECTIFICATIONS",
			"Rectification", "CASES", "Case", "ORGANIZATIONS", "Organization");

	private static final Map<String, String> FILTERS = Map.of("FINDINGS", "findingFilter", "LEADS", "leadFilter",
			"RECTIFICATIONS", "rectificationFilter", "CASES", "caseFilter", "ORGANIZATIONS", "organizationFilter");

	/** The group column of rectificationRates by each dimension. */
	private static final Map<String, String> DIMENSIONS = Map.of("ORGANIZATION", "单位", "SECTOR", "行业领域", "LEVEL", "层级",
			"ROUND", "巡察轮次", "TERM", "届次");

	private final ListTables lists;

	private final LeadershipViews views;

	private final SystemicIssues systemic;

	private final ReportedFigures reported;

	private final TermReport report;

	private final EntityStore store;

	ReportController(ListTables lists, LeadershipViews views, SystemicIssues systemic, ReportedFigures reported,
			TermReport report, EntityStore store) {
		this.lists = lists;
		this.views = views;
		this.systemic = systemic;
		this.reported = reported;
		this.report = report;
		this.store = store;
	}

	@QueryMapping
	DocumentFile exportTable(@Argument String table, @Argument List<Map<String, Object>> sort, @Argument String termId,
			@Argument String roundId, @Argument String committeeId, @Argument Boolean combined, @Argument String asOf,
			@Argument String by, @Argument LedgerRecordKind records, @Argument String key,
			DataFetchingEnvironment env) {
		Visibility visibility = Caller.visibility(env);
		List<Table> result;
		String name;
		if (LISTS.containsKey(table)) {
			FILTERS.values()
				.stream()
				.filter((filter) -> !filter.equals(FILTERS.get(table)) && env.containsArgument(filter))
				.findFirst()
				.ifPresent((filter) -> {
					throw DomainException.badRequest(filter, filter + " does not filter " + table);
				});
			Map<String, Object> filter = env.getArgument(FILTERS.get(table));
			result = List.of(this.lists.table(LISTS.get(table), filter, sort, visibility));
			name = result.get(0).title();
		}
		else {
			if (sort != null) {
				throw DomainException.badRequest("sort", "The figure tables come in their own order");
			}
			FILTERS.values().stream().filter(env::containsArgument).findFirst().ifPresent((given) -> {
				throw DomainException.badRequest(given,
						given + " does not filter " + table + "; give termId or roundId");
			});
			ScopeWords scope = ScopeWords.of(new Scope(termId, roundId, committeeId, Boolean.TRUE.equals(combined)),
					asOf, this.store, visibility);
			result = cockpitTable(table, scope, by, records, key, visibility);
			name = result.get(0).title() + "（" + scope.label() + "）";
		}
		int rows = result.stream().mapToInt((t) -> t.rows().size()).sum();
		return DocumentFile.of(ScopeWords.fileName(name) + ".xlsx", DocumentFile.XLSX, Xlsx.write(result), rows,
				result.get(0).filter());
	}

	private List<Table> cockpitTable(String table, ScopeWords scope, String by, LedgerRecordKind records, String key,
			Visibility visibility) {
		Scope s = scope.scope();
		String filter = scope.words();
		if (!table.equals("RECTIFICATION_RATES") && !table.equals("LEDGER_RECORDS") && (by != null || key != null)) {
			throw DomainException.badRequest("by", "by and key are for RECTIFICATION_RATES and LEDGER_RECORDS");
		}
		if (!table.equals("LEDGER_RECORDS") && records != null) {
			throw DomainException.badRequest("records", "records is for LEDGER_RECORDS");
		}
		switch (table) {
			case "FIGURES", "FIGURE_RATES", "SANCTIONS_BY_TYPE", "FIGURES_BY_SECTOR", "FIGURES_BY_LEVEL",
					"FIGURES_TREND" -> {
				FigureView view = this.views.figureView(s, scope.asOf(), visibility);
				return List.of(switch (table) {
					case "FIGURES" -> FigureTables.totals(view.totals(), filter);
					case "FIGURE_RATES" -> CockpitTables.rates(view.totals(), filter);
					case "SANCTIONS_BY_TYPE" -> CockpitTables.sanctionsByType(view.totals(), filter);
					case "FIGURES_BY_SECTOR" -> FigureTables.groups("分行业领域", "行业领域", view.bySector(), filter);
					case "FIGURES_BY_LEVEL" -> FigureTables.groups("分层级", "层级", view.byLevel(), filter);
					default -> FigureTables.groups("分轮次", "巡察轮次", view.trend(), filter);
				});
			}
			case "RECTIFICATION_RATES" -> {
				String dimension = (by != null) ? by : "ROUND";
				return List.of(CockpitTables.rectification(
						this.views.rates(dimension, s, scope.asOf(), RateDefinition.PER_PROBLEM, visibility),
						DIMENSIONS.get(dimension), filter + "；按" + DIMENSIONS.get(dimension)));
			}
			case "LEDGER_RECORDS" -> {
				if (records == null) {
					throw DomainException.badRequest("records", "LEDGER_RECORDS needs records (TASKS, OVERDUE …)");
				}
				String group = (by != null) ? "；" + DIMENSIONS.get(by) + " = " + ((key != null) ? key : "未归类") : "";
				return List.of(CockpitTables.ledger(
						this.views.ledgerRecords(records, s, scope.asOf(), by, key, 5000, visibility), filter + group));
			}
			case "COVERAGE" -> {
				return CockpitTables.coverage(this.views.coveragePlan(scope.requireTerm(), s.committeeId(),
						s.combined(), scope.asOf(), 1000, visibility), filter);
			}
			case "SYSTEMIC_ISSUES" -> {
				return List.of(CockpitTables.systemic(this.systemic.issues(3, 0.3, s.termId(),
						(s.roundId() != null) ? List.of(s.roundId()) : null, s.committeeId(), s.combined(), visibility),
						filter + "；涉及至少3个单位且占该行业巡察单位30%以上"));
			}
			case "REPORTED_FIGURES" -> {
				return List
					.of(CockpitTables.reported(this.reported.besideComputed(scope.requireTerm(), visibility), filter));
			}
			default -> throw DomainException.badRequest("table", "Unknown table " + table);
		}
	}

	@QueryMapping
	DocumentFile termReport(@Argument String termId, DataFetchingEnvironment env) {
		Visibility visibility = Caller.visibility(env);
		TermReport.Content content = this.report.content(termId, visibility);
		int rows = content.sections().stream().mapToInt((s) -> s.table().rows().size()).sum();
		return DocumentFile.of(content.title() + ".docx", DocumentFile.DOCX, this.report.docx(termId, visibility), rows,
				"termId = " + termId);
	}

}
