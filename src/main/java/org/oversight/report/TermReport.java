package org.oversight.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.oversight.insight.FigureView;
import org.oversight.insight.Figures;
import org.oversight.insight.InsightService;
import org.oversight.insight.LeadershipViews;
import org.oversight.insight.LevelCoverage;
import org.oversight.insight.SystemicIssue;
import org.oversight.insight.SystemicIssues;
import org.oversight.organization.Level;
import org.oversight.security.Visibility;
import org.oversight.store.EntityStore;
import org.oversight.store.GraphEntity;
import org.springframework.stereotype.Service;

/**
 * The term's report shaped like a 巡察工作情况报告 summary, as a Word document: title, the figure
 * table, the sector table, systemic issues, rectification round by round, coverage per
 * level. Every figure is read as the caller, from the same services as figureView,
 * systemicIssues and coverage. Chinese text is set in 宋体 (headings 黑体) through the East
 * Asian font slot, as Office itself writes it, so Word and WPS show it with the fonts of
 * the reader's machine; nothing is embedded.
 */
@Service
public class TermReport {

	static final String BODY_FONT = "宋体";

	static final String HEADING_FONT = "黑体";

	private final InsightService insight;

	private final LeadershipViews views;

	private final SystemicIssues systemic;

	private final EntityStore store;

	TermReport(InsightService insight, LeadershipViews views, SystemicIssues systemic, EntityStore store) {
		this.insight = insight;
		this.views = views;
		this.systemic = systemic;
		this.store = store;
	}

	/**
	 * What the report holds: its title, its opening sentence and its tables, in order.
	 */
	record Content(String title, String summary, List<Section> sections) {
	}

	/**
	 * A numbered section with its table (or, when it has no rows, a sentence instead) and
	 * a note under it, or null.
	 */
	record Section(String heading, Table table, String whenEmpty, String note) {

		Section(String heading, Table table, String whenEmpty) {
			this(heading, table, whenEmpty, null);
		}

	}

	/** Which rate the figures use, said under the tables that show it. */
	static final String RATE_NOTE = "注：整改落实率 = 完成整改问题数 ÷ 反馈问题数（按问题计：一个问题的整改任务全部完成或验收通过才算完成整改）。";

	Content content(String termId, Visibility visibility) {
		FigureView view = this.views.figureView(termId, null, visibility);
		GraphEntity term = this.store.find(termId, visibility);
		String scope = "届次 " + term.name();
		List<Section> sections = new ArrayList<>();
		sections.add(new Section("一、总体情况", FigureTables.totals(view.totals(), scope), null, RATE_NOTE));
		sections.add(new Section("二、分行业领域情况", FigureTables.groups("分行业领域", "行业领域", view.bySector(), scope), null));
		sections.add(new Section("三、系统性问题", systemicTable(termId, scope, visibility), "未发现在三个以上单位、三成以上被巡察单位中反复出现的问题。"));
		sections.add(new Section("四、整改落实情况", rectificationTable(view, scope), "本届尚无反馈整改的问题。", RATE_NOTE));
		sections.add(new Section("五、巡察覆盖情况", coverageTable(termId, scope, visibility), "本届尚无应巡察的单位。"));
		return new Content(term.name() + "巡察工作情况报告", summary(view.totals()), sections);
	}

	private static String summary(Figures f) {
		Double rate = f.rectificationRate();
		return "本届巡察共发现问题" + f.problemsFound() + "个，反馈问题" + f.fedBack() + "个，已完成整改" + f.rectified() + "个"
				+ ((rate != null) ? "，整改落实率" + rate + "%" : "") + "；发现问题线索" + f.leads() + "件，立案" + f.cases() + "件"
				+ f.peopleInCases() + "人，处分问责" + f.peopleSanctioned() + "人（" + f.sanctions() + "人次），约谈"
				+ f.admonitions() + "人次，移送司法机关" + f.judicialTransfers() + "人；推动建章立制" + f.rulesRevised() + "项。";
	}

	private Table systemicTable(String termId, String scope, Visibility visibility) {
		List<List<Object>> rows = new ArrayList<>();
		for (SystemicIssue issue : this.systemic.issues(3, 0.3, termId, null, visibility)) {
			rows.add(List.of(issue.sectorZh(), issue.categoryZh(), issue.orgCount(), issue.targets(),
					Math.round(issue.share() * 10000) / 100.0, issue.findings(),
					(issue.department() != null) ? issue.department().name() : issue.regulator(),
					handedOver(issue.handovers())));
		}
		return new Table("系统性问题", scope + "；三个以上单位且占被巡察单位三成以上",
				List.of("行业领域", "问题类别", "涉及单位数", "被巡察单位数", "占比（%）", "问题数", "主管部门", "移交及反馈"), rows);
	}

	/** 移交行业主管部门: when each hand-over was made and whether the department answered. */
	private static String handedOver(List<GraphEntity> handovers) {
		if (handovers.isEmpty()) {
			return "未移交";
		}
		return String.join("；",
				handovers.stream()
					.map((h) -> "已移交（" + h.get("handedDate") + "）"
							+ ((h.get("answer") != null) ? "，已反馈（" + h.get("answeredDate") + "）" : "，尚未反馈"))
					.toList());
	}

	private static Table rectificationTable(FigureView view, String scope) {
		List<List<Object>> rows = new ArrayList<>();
		view.trend().forEach((g) -> rows.add(cells(g.label(), g.figures())));
		if (!rows.isEmpty()) {
			rows.add(cells("合计", view.totals()));
		}
		return new Table("整改落实情况", scope + "；按轮次", List.of("巡察轮次", "反馈问题", "完成整改", "整改落实率（%）"), rows);
	}

	private static List<Object> cells(String label, Figures f) {
		List<Object> row = new ArrayList<>();
		row.add(label);
		row.add(f.fedBack());
		row.add(f.rectified());
		row.add(f.rectificationRate());
		return row;
	}

	private Table coverageTable(String termId, String scope, Visibility visibility) {
		List<List<Object>> rows = new ArrayList<>();
		for (LevelCoverage c : this.insight.coverage(termId, null, false, null, visibility)) {
			rows.add(java.util.Arrays.asList(levelZh(c.level()), c.organizations(), c.covered(), c.rate()));
		}
		return new Table("巡察覆盖情况", scope + "；本级党委的巡察", List.of("层级", "应巡察单位", "已巡察单位", "覆盖率（%）"), rows);
	}

	private static String levelZh(String level) {
		try {
			return Level.valueOf(level).zh();
		}
		catch (IllegalArgumentException ex) {
			return level;
		}
	}

	/** The report as a .docx file. */
	public byte[] docx(String termId, Visibility visibility) {
		Content content = content(termId, visibility);
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFParagraph title = doc.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			run(title, content.title(), HEADING_FONT, 22, true);
			XWPFParagraph date = doc.createParagraph();
			date.setAlignment(ParagraphAlignment.CENTER);
			run(date, "（" + LocalDate.now() + " 由系统根据台账计算）", BODY_FONT, 12, false);
			XWPFParagraph summary = doc.createParagraph();
			summary.setFirstLineIndent(640);
			run(summary, content.summary(), BODY_FONT, 14, false);
			for (Section section : content.sections()) {
				run(doc.createParagraph(), section.heading(), HEADING_FONT, 16, false);
				if (section.table().rows().isEmpty() && section.whenEmpty() != null) {
					run(doc.createParagraph(), section.whenEmpty(), BODY_FONT, 14, false);
				}
				else {
					table(doc, section.table());
					if (section.note() != null) {
						run(doc.createParagraph(), section.note(), BODY_FONT, 10.5, false);
					}
				}
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void table(XWPFDocument doc, Table table) {
		XWPFTable t = doc.createTable(table.rows().size() + 1, table.headers().size());
		t.setWidth("100%");
		fill(t.getRow(0), table.headers(), true);
		for (int i = 0; i < table.rows().size(); i++) {
			fill(t.getRow(i + 1), table.rows().get(i), false);
		}
	}

	private static void fill(XWPFTableRow row, List<?> cells, boolean header) {
		for (int i = 0; i < cells.size(); i++) {
			XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
			p.setAlignment((i == 0) ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
			run(p, text(cells.get(i)), header ? HEADING_FONT : BODY_FONT, 10.5, false);
		}
	}

	/** How a cell shows a value: as the API gives it, none as —. */
	static String text(Object value) {
		return (value == null) ? "—" : value.toString();
	}

	private static void run(XWPFParagraph paragraph, String text, String font, double size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setFontSize(size);
		// The East Asian slot carries the Chinese font; Latin digits and letters keep
		// Times New Roman, as in an office's own reports.
		run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
		run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
		run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
	}

}
