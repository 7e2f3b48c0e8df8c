package org.oversight.report;

import java.util.ArrayList;
import java.util.List;

import org.oversight.insight.FigureGroup;
import org.oversight.insight.Figures;

/**
 * The figure tables of leadership's figures page (figureView) with the headers of the
 * seed articles' tables: the totals as 指标/数值, and the breakdowns by sector, level and
 * round one group a row.
 */
final class FigureTables {

	/**
	 * The headers of a breakdown after its first column, in the order of {@link #cells}.
	 */
	static final List<String> FIGURE_HEADERS = List.of("发现问题", "问题线索", "立案", "立案人数", "处分问责", "受处分人数", "移送司法机关", "约谈",
			"反馈问题", "完成整改", "整改落实率（%）", "修订制度");

	private FigureTables() {
	}

	static List<Object> cells(Figures f) {
		List<Object> cells = new ArrayList<>();
		cells.add(f.problemsFound());
		cells.add(f.leads());
		cells.add(f.cases());
		cells.add(f.peopleInCases());
		cells.add(f.sanctions());
		cells.add(f.peopleSanctioned());
		cells.add(f.judicialTransfers());
		cells.add(f.admonitions());
		cells.add(f.fedBack());
		cells.add(f.rectified());
		cells.add(f.rectificationRate());
		cells.add(f.rulesRevised());
		return cells;
	}

	/** The totals, one figure a row, then the persons per form (四种形态 …). */
	static Table totals(Figures f, String filter) {
		List<List<Object>> rows = new ArrayList<>();
		List<Object> values = cells(f);
		for (int i = 0; i < FIGURE_HEADERS.size(); i++) {
			rows.add(List.of(FIGURE_HEADERS.get(i), (values.get(i) != null) ? values.get(i) : "—"));
		}
		f.peopleByForm().forEach((form) -> rows.add(List.of("受处分人数·" + form.formZh(), form.people())));
		return new Table("巡察工作数据", filter, List.of("指标", "数值"), rows);
	}

	/** A breakdown: the group in the first column, then its figures. */
	static Table groups(String title, String groupHeader, List<FigureGroup> groups, String filter) {
		List<String> headers = new ArrayList<>();
		headers.add(groupHeader);
		headers.addAll(FIGURE_HEADERS);
		List<List<Object>> rows = new ArrayList<>();
		for (FigureGroup group : groups) {
			List<Object> row = new ArrayList<>();
			row.add((group.label() != null) ? group.label() : group.key());
			row.addAll(cells(group.figures()));
			rows.add(row);
		}
		return new Table(title, filter, headers, rows);
	}

}
