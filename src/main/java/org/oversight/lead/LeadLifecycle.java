package org.oversight.lead;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.oversight.model.Code;

/**
 * The clue lifecycle (线索处置流程) as one table: every transition the status of a lead may
 * take, who takes it and its Chinese term. A transition not listed here is refused.
 * <p>
 * Finding → clue ({@code OPEN}) → transfer proposed by the team
 * ({@code TRANSFER_PROPOSED}) and approved by the inspection office or leading group
 * ({@code TRANSFERRED}) → one of the four dispositions: talk or letter of inquiry
 * ({@code TALK_INQUIRY}), preliminary verification ({@code PRELIMINARY_VERIFICATION}),
 * hold ({@code SHELVED}) or close ({@code CLOSED}, 予以了结). An inquiry that finds more goes
 * on to preliminary verification; only preliminary verification opens a case
 * ({@code CASE_OPENED}, through {@code openCase}); the case then runs its own
 * {@link CaseLifecycle}, and when it is concluded the lead is {@code CASE_CONCLUDED}
 * (已结案).
 */
public enum LeadLifecycle implements Code {

	/** The team proposes to hand the clue to a receiving body (边巡边移 during the round). */
	PROPOSE_TRANSFER(LeadStatus.OPEN, LeadStatus.TRANSFER_PROPOSED, Actor.TEAM, "提出移交"),

	/** The inspection office (巡察办) or leading group (领导小组) approves the transfer. */
	APPROVE_TRANSFER(LeadStatus.TRANSFER_PROPOSED, LeadStatus.TRANSFERRED, Actor.OFFICE, "批准移交"),

	/** The office sends the proposal back to the team. */
	RETURN_TRANSFER(LeadStatus.TRANSFER_PROPOSED, LeadStatus.OPEN, Actor.OFFICE, "退回"),

	/**
	 * The receiving body passes it on (e.g. to the organization department, judiciary).
	 */
	PASS_ON(LeadStatus.TRANSFERRED, LeadStatus.TRANSFERRED, Actor.RECEIVER, "转交"),

	INQUIRE(LeadStatus.TRANSFERRED, LeadStatus.TALK_INQUIRY, Actor.RECEIVER, "谈话函询"),

	VERIFY(LeadStatus.TRANSFERRED, LeadStatus.PRELIMINARY_VERIFICATION, Actor.RECEIVER, "初步核实"),

	HOLD(LeadStatus.TRANSFERRED, LeadStatus.SHELVED, Actor.RECEIVER, "暂存待查"),

	CLOSE(LeadStatus.TRANSFERRED, LeadStatus.CLOSED, Actor.RECEIVER, "予以了结"),

	/** The inquiry found more than it cleared: preliminary verification follows. */
	VERIFY_AFTER_INQUIRY(LeadStatus.TALK_INQUIRY, LeadStatus.PRELIMINARY_VERIFICATION, Actor.RECEIVER, "转初步核实"),

	/** The inquiry cleared the matter (反映不实或问题轻微). */
	CLOSE_AFTER_INQUIRY(LeadStatus.TALK_INQUIRY, LeadStatus.CLOSED, Actor.RECEIVER, "予以了结"),

	/** Only through {@code openCase}, which creates the case. */
	OPEN_CASE(LeadStatus.PRELIMINARY_VERIFICATION, LeadStatus.CASE_OPENED, Actor.RECEIVER, "立案"),

	HOLD_AFTER_VERIFICATION(LeadStatus.PRELIMINARY_VERIFICATION, LeadStatus.SHELVED, Actor.RECEIVER, "暂存待查"),

	CLOSE_AFTER_VERIFICATION(LeadStatus.PRELIMINARY_VERIFICATION, LeadStatus.CLOSED, Actor.RECEIVER, "予以了结"),

	RESUME(LeadStatus.SHELVED, LeadStatus.PRELIMINARY_VERIFICATION, Actor.RECEIVER, "恢复初步核实"),

	CLOSE_HELD(LeadStatus.SHELVED, LeadStatus.CLOSED, Actor.RECEIVER, "予以了结"),

	/** Only through the case: its last case concluded (结案). */
	CONCLUDE(LeadStatus.CASE_OPENED, LeadStatus.CASE_CONCLUDED, Actor.RECEIVER, "结案");

	/** Who, besides an administrator, may take a transition. */
	enum Actor {

		/** The leader of the team owning the lead, with a current authorization. */
		TEAM,
		/**
		 * The leading group (领导小组) or its office (巡察办): a leadership user who sees the
		 * lead, i.e. of the committee whose round found it or one above.
		 */
		OFFICE,
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
