package org.oversight.lead;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.oversight.model.Code;

/**
 * The clue lifecycle (线索处置流程) as one table: every transition the status of a lead may
 * take, who takes it and its Chinese term. A transition not listed here is refused.
 * <p>
 * Finding → clue ({@code OPEN}) → transfer to a receiving body ({@code TRANSFERRED}) →
 * disposition: talk or letter of inquiry and preliminary verification
 * ({@code UNDER_VERIFICATION}), hold ({@code SHELVED}) or close ({@code CLOSED}) → case
 * ({@code CASE_OPENED}, only through {@code openCase}) → sanctions on the case, and the
 * case concluded ({@code CLOSED}).
 */
public enum LeadLifecycle implements Code {

	/**
	 * The owning team hands the clue to a receiving body (边巡边移 when during the round).
	 */
	TRANSFER(LeadStatus.OPEN, LeadStatus.TRANSFERRED, Actor.TEAM, "移交"),

	/**
	 * The receiving body passes it on (e.g. to the organization department, judiciary).
	 */
	PASS_ON(LeadStatus.TRANSFERRED, LeadStatus.TRANSFERRED, Actor.RECEIVER, "转交"),

	/** Talk or letter of inquiry, or preliminary verification. */
	VERIFY(LeadStatus.TRANSFERRED, LeadStatus.UNDER_VERIFICATION, Actor.RECEIVER, "谈话函询/初步核实"),

	HOLD(LeadStatus.TRANSFERRED, LeadStatus.SHELVED, Actor.RECEIVER, "暂存待查"),

	CLOSE(LeadStatus.TRANSFERRED, LeadStatus.CLOSED, Actor.RECEIVER, "予以了结"),

	/** Only through {@code openCase}, which creates the case. */
	OPEN_CASE(LeadStatus.UNDER_VERIFICATION, LeadStatus.CASE_OPENED, Actor.RECEIVER, "立案"),

	HOLD_AFTER_VERIFICATION(LeadStatus.UNDER_VERIFICATION, LeadStatus.SHELVED, Actor.RECEIVER, "暂存待查"),

	CLOSE_AFTER_VERIFICATION(LeadStatus.UNDER_VERIFICATION, LeadStatus.CLOSED, Actor.RECEIVER, "予以了结"),

	RESUME(LeadStatus.SHELVED, LeadStatus.UNDER_VERIFICATION, Actor.RECEIVER, "恢复核查"),

	CLOSE_HELD(LeadStatus.SHELVED, LeadStatus.CLOSED, Actor.RECEIVER, "予以了结"),

	/** The case is concluded; its open cases are closed with it. */
	CONCLUDE(LeadStatus.CASE_OPENED, LeadStatus.CLOSED, Actor.RECEIVER, "结案");

	/** Who, besides an administrator, may take a transition. */
	enum Actor {

		/** The leader of the team owning the lead, with a current authorization. */
		TEAM,
		/** The discipline body the lead was transferred to. */
		RECEIVER

	}

	private final LeadStatus from;

	private final LeadStatus to;

	private final Actor actor;

	private final String zh;

	LeadLifecycle(LeadStatus from, LeadStatus to, Actor actor, String zh) {
		this.from = from;
		this.to = to;
		this.actor = actor;
		this.zh = zh;
	}

	public LeadStatus from() {
		return this.from;
	}

	public LeadStatus to() {
		return this.to;
	}

	Actor actor() {
		return this.actor;
	}

	@Override
	public String zh() {
		return this.zh;
	}

	/** The transition from one status to another, if the lifecycle has one. */
	public static Optional<LeadLifecycle> find(LeadStatus from, LeadStatus to) {
		return Arrays.stream(values()).filter((t) -> t.from == from && t.to == to).findFirst();
	}

	/** The states a lead in this status may move to, in the table's order. */
	public static List<LeadStatus> next(LeadStatus from) {
		return Arrays.stream(values()).filter((t) -> t.from == from).map(LeadLifecycle::to).distinct().toList();
	}

}
