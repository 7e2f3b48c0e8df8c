package org.oversight.report;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.oversight.insight.FigureView;
import org.oversight.insight.LeadershipViews;
import org.oversight.model.DomainException;
import org.oversight.security.Caller;
import org.oversight.security.Visibility;
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

	private final ListTables lists;

	private final LeadershipViews views;

	private final TermReport report;

	ReportController(ListTables lists, LeadershipViews views, TermReport report) {
		this.lists = lists;
		this.views = views;
		this.report = report;
	}

	@QueryMapping
	DocumentFile exportTable(@Argument String table, @Argument List<Map<String, Object>> sort, @Argument String termId,
			@Argument String roundId, DataFetchingEnvironment env) {
		Visibility visibility = Caller.visibility(env);
		Table result;
		if (LISTS.containsKey(table)) {
			FILTERS.values()
				.stream()
				.filter((name) -> !name.equals(FILTERS.get(table)) && env.containsArgument(name))
				.findFirst()
				.ifPresent((name) -> {
					throw DomainException.badRequest(name, name + " does not filter " + table);
				});
			Map<String, Object> filter = env.getArgument(FILTERS.get(table));
			result = this.lists.table(LISTS.get(table), filter, sort, visibility);
		}
		else {
			if (sort != null) {
				throw DomainException.badRequest("sort", "The figure tables come in their own order");
			}
			FILTERS.values().stream().filter(env::containsArgument).findFirst().ifPresent((name) -> {
				throw DomainException.badRequest(name, name + " does not filter " + table + "; give termId or roundId");
			});
			result = figureTable(table, termId, roundId, visibility);
		}
		return DocumentFile.of(result.title() + ".xlsx", DocumentFile.XLSX, Xlsx.write(List.of(result)),
				result.rows().size(), result.filter());
	}

	private Table figureTable(String table, String termId, String roundId, Visibility visibility) {
		FigureView view = this.views.figureView(termId, roundId, visibility);
		String scope = (termId != null) ? "termId = " + termId : (roundId != null) ? "roundId = " + roundId : "全部";
		scope += "；仅含导出人可见的线索与案件";
		return switch (table) {
			case "FIGURES" -> FigureTables.totals(view.totals(), scope);
			case "FIGURES_BY_SECTOR" -> FigureTables.groups("分行业领域", "行业领域", view.bySector(), scope);
			case "FIGURES_BY_LEVEL" -> FigureTables.groups("分层级", "层级", view.byLevel(), scope);
			case "FIGURES_TREND" -> FigureTables.groups("分轮次", "巡察轮次", view.trend(), scope);
			default -> throw DomainException.badRequest("table", "Unknown table " + table);
		};
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
