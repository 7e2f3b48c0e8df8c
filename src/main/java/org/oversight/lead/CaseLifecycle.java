package org.oversight.lead;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.oversight.model.Code;

/**
 * The case lifecycle (案件办理流程): 立案 → 审查调查 → 审理 → 结案, taken by the body handling the case
 * (or an administrator). Concluding the last open case of a lead concludes the lead
 * ({@link LeadLifecycle#CONCLUDE}).
 */
public enum CaseLifecycle implements Code {

	INVESTIGATE(CaseStatus.OPEN, CaseStatus.INVESTIGATION, "审查调查"),

	/** The investigation is handed to the trial review (案件审理). */
	TRY(CaseStatus.INVESTIGATION, CaseStatus.TRIAL, "移送审理"),

	/** The trial review sends it back for more investigation (退回补充调查). */
	RETURN(CaseStatus.TRIAL, CaseStatus.INVESTIGATION, "退回补充调查"),

	CONCLUDE(CaseStatus.TRIAL, CaseStatus.CLOSED, "结案");

	private final CaseStatus from;

	private final CaseStatus to;

	private final String zh;

	CaseLifecycle(CaseStatus from, CaseStatus to, String zh) {
		this.from = from;
		this.to = to;
		this.zh = zh;
	}

	public CaseStatus from() {
		return this.from;
	}

	public CaseStatus to() {
		return this.to;
	}

	@Override
	public String zh() {
		return this.zh;
	}

	public static Optional<CaseLifecycle> find(CaseStatus from, CaseStatus to) {
		return Arrays.stream(values()).filter((t) -> t.from == from && t.to == to).findFirst();
	}

	public static List<CaseStatus> next(CaseStatus from) {
		return Arrays.stream(values()).filter((t) -> t.from == from).map(CaseLifecycle::to).distinct().toList();
	}

}
