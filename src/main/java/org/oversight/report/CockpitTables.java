package org.oversight.report;

import java.util.ArrayList;
import java.util.List;

import org.oversight.insight.CoveragePlan;
import org.oversight.insight.DefinedRate;
import org.oversight.insight.Figures;
import org.oversight.insight.LedgerRecords;
import org.oversight.insight.RateRow;
import org.oversight.insight.ReportedBesideComputed;
import org.oversight.insight.SystemicIssue;
import org.oversight.model.CodeList;
import org.oversight.organization.Level;
import org.oversight.rectification.RectificationStatus;
import org.oversight.store.GraphEntity;

/**
 * The cockpit's other tables (领导驾驶舱) as the page shows them: the rate under every
 * definition, sanctions by type, rectification round by round with the overdue tasks and
 * failed revisits, the ledger lines behind one of those numbers, coverage per level with
 * the organizations not yet inspected, systemic issues with their hand-overs, and the
 * published figures beside the computed ones.
 */
final class CockpitTables {

	private static final CodeList LEVELS = CodeList.of(Level.class);

	private static final CodeList STATUSES = CodeList.of(RectificationStatus.class);

	private CockpitTables() {
	}

	static Table rates(Figures f, String filter) {
		List<List<Object>> rows = new ArrayList<>();
		for (DefinedRate r : f.rates()) {
			rows.add(row(r.definitionZh(), r.numerator(), r.denominator(), r.rate()));
		}
		return new Table("整改落实率各口径", filter, List.of("口径", "分子", "分母", "整改落实率（%）"), rows);
	}

	static Table sanctionsByType(Figures f, String filter) {
		List<List<Object>> rows = new ArrayList<>();
		for (Figures.TypeCount t : f.peopleByType()) {
			rows.add(row(t.typeZh(), t.formZh(), t.people(), t.sanctions()));
		}
		return new Table("处分问责分类", filter, List.of("种类", "形态", "人数", "人次"), rows);
	}

	static Table rectification(List<RateRow> rates, String groupHeader, String filter) {
		List<List<Object>> rows = new ArrayList<>();
		for (RateRow r : rates) {
			rows.add(row((r.label() != null) ? r.label() : r.key(), r.fedBack(), r.rectified(), r.rate(), r.tasks(),
					r.overdue(), r.failedVerifications(), r.definitionZh()));
		}
		return new Table("整改落实情况", filter,
				List.of(groupHeader, "反馈问题", "完成整改", "整改落实率（%）", "整改任务", "逾期任务", "回头看未通过（次）", "口径"), rows);
	}

	static Table ledger(LedgerRecords records, String filter) {
		List<List<Object>> rows = new ArrayList<>();
		for (LedgerRecords.Line line : records.tasks()) {
			GraphEntity task = line.task();
			rows.add(row(task.id(), text(task.get("task")), line.finding(), line.responsible(), line.deadline(),
					zh(STATUSES, task.get("status")), line.overdue() ? "是" : "否", line.failedVerifications(),
					text(task.get("completedDate"))));
		}
		return new Table(records.recordsZh() + "清单", filter,
				List.of("编号", "整改任务", "所涉问题", "责任单位", "整改时限", "状态", "逾期", "回头看未通过（次）", "完成日期"), rows);
	}

	static List<Table> coverage(CoveragePlan plan, String filter) {
		List<List<Object>> levels = new ArrayList<>();
		for (CoveragePlan.Group g : plan.byLevel()) {
			levels.add(row(zh(LEVELS, g.level()), g.organizations(), g.covered(), g.remaining(), g.rate()));
		}
		List<List<Object>> uncovered = new ArrayList<>();
		for (CoveragePlan.Uncovered u : plan.uncovered()) {
			GraphEntity o = u.organization();
			uncovered
				.add(row(o.id(), o.name(), zh(LEVELS, o.get("level")), (u.region() != null) ? u.region().name() : null,
						u.risk(), u.openAlerts(), u.petitions(), u.pastFindings()));
		}
		return List.of(new Table("巡察全覆盖", filter, List.of("层级", "应巡察单位", "已巡察", "未巡察", "覆盖率（%）"), levels),
				new Table("尚未巡察单位", filter, List.of("编号", "单位", "层级", "地区", "风险分", "待办预警", "信访举报", "以往问题"), uncovered));
	}

	static Table systemic(List<SystemicIssue> issues, String filter) {
		List<List<Object>> rows = new ArrayList<>();
		for (SystemicIssue i : issues) {
			List<String> handed = new ArrayList<>();
			List<String> answers = new ArrayList<>();
			for (GraphEntity h : i.handovers()) {
				handed.add(h.name() + "（" + text(h.get("handedDate")) + "）");
				answers.add(
						(h.get("answer") != null) ? h.get("answer") + "（" + text(h.get("answeredDate")) + "）" : "尚未反馈");
			}
			rows.add(row(i.sectorZh(), i.categoryZh(), i.orgCount(), i.targets(), Math.round(i.share() * 1000) / 10.0,
					i.findings(), String.join("、", i.organizations().stream().map(GraphEntity::name).toList()),
					(i.department() != null) ? i.department().name() : i.regulator(),
					handed.isEmpty() ? "未移交" : String.join("；", handed), String.join("；", answers)));
		}
		return new Table("系统性问题", filter,
				List.of("行业领域", "问题类别", "涉及单位", "巡察单位", "占比（%）", "问题数", "涉及单位名单", "行业主管部门", "移交情况", "主管部门反馈"), rows);
	}

	static Table reported(List<ReportedBesideComputed> reported, String filter) {
		List<List<Object>> rows = new ArrayList<>();
		for (ReportedBesideComputed r : reported) {
			GraphEntity f = r.reported();
			rows.add(row(r.figureZh(), r.definitionZh(), r.reportedValue(), r.rateOfReportedCounts(), r.computedValue(),
					r.difference(), text(f.get("document")), text(f.get("reportedDate")), r.asOf(),
					r.flagged() ? "不一致" : "一致"));
		}
		return new Table("报送数与计算数对照", filter,
				List.of("指标", "口径", "报送数", "报送分子/分母之比", "系统计算数", "差额", "来源", "报送日期", "计算截至", "核对"), rows);
	}

	private static List<Object> row(Object... cells) {
		List<Object> row = new ArrayList<>();
		for (Object cell : cells) {
			row.add(cell);
		}
		return row;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static String zh(CodeList codes, Object code) {
		if (code == null) {
			return null;
		}
		String zh = codes.zhOf(code);
		return (zh != null) ? zh : code.toString();
	}

}
