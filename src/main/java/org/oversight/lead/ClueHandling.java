package org.oversight.lead;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.model.ErrorCode;
import org.oversight.security.Caller;
import org.oversight.security.Role;
import org.oversight.security.Visibility;
import org.springframework.stereotype.Service;

/**
 * Moves leads through the {@link LeadLifecycle} and cases through the
 * {@link CaseLifecycle}: transitions, opening a case, recording sanctions. Each call is
 * one write transaction that checks everything before it writes, so a refused call
 * changes nothing; everything is written through {@link LeadRecords}. Each step appends a
 * record, never changed afterwards, read back as the lead's or the case's
 * {@code history}.
 */
@Service
public class ClueHandling {

	static final int MAX_REASON = 2000;

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final LeadGate gate;

	private final LeadRecords records;

	ClueHandling(Cypher cypher, QueryCatalogue queries, LeadGate gate, LeadRecords records) {
		this.cypher = cypher;
		this.queries = queries;
		this.gate = gate;
		this.records = records;
	}

	/** What a transition asks for besides the target state. */
	public record Request(String leadId, LeadStatus to, String reason, String transferTo, Disposal disposal,
			Boolean greenChannel) {
	}

	/** Takes one transition of the lifecycle. */
	public void transition(Request request, Caller caller) {
		requireReason(request.reason());
		this.cypher.inWrite((tx) -> {
			LeadGate.LeadState lead = this.gate.enter(tx, request.leadId(), "leadId", caller);
			LeadLifecycle step = allowed(lead, request.to(), caller);
			if (step == LeadLifecycle.OPEN_CASE) {
				throw DomainException.badRequest("to", "A case is opened with openCase, which creates the case");
			}
			if (step == LeadLifecycle.CONCLUDE) {
				throw DomainException.badRequest("to",
						"A lead is concluded (结案) with its case: transitionCase to CLOSED concludes both");
			}
			Disposal disposal = disposal(step, request.disposal());
			if (request.greenChannel() != null && step != LeadLifecycle.PROPOSE_TRANSFER) {
				throw DomainException.badRequest("greenChannel",
						"The green channel (边巡边查) is set when the team proposes the transfer");
			}
			String receiver = receiver(tx, lead, step, request.transferTo());
			String approved = (step.to() == LeadStatus.TRANSFERRED) ? receiver : null;
			this.records.change(tx,
					new LeadRecords.LeadChange(lead.id(), step.to(), disposal, approved, request.greenChannel()),
					caller);
			this.records.append(tx, new LeadRecords.LeadStep(lead.id(), lead.status(), step, request.reason(), disposal,
					receiver, request.greenChannel(), null), caller);
			return null;
		});
	}

	/**
	 * The receiving body a step names: given with a proposal or a pass-on, taken from the
	 * proposal by the approval, none otherwise.
	 */
	private String receiver(TransactionContext tx, LeadGate.LeadState lead, LeadLifecycle step, String given) {
		if (step == LeadLifecycle.PROPOSE_TRANSFER || step == LeadLifecycle.PASS_ON) {
			this.gate.requireExisting(tx, "Organization", given, "transferTo");
			if (given.equals(lead.receiver())) {
				throw DomainException.badRequest("transferTo", "The lead is with that body already");
			}
			return given;
		}
		if (step == LeadLifecycle.APPROVE_TRANSFER) {
			List<String> proposed = this.cypher.list(tx, this.queries.text("lead/proposed-transfer"),
					Map.of("lead", lead.id()), (r) -> r.get("transferTo").asString(null));
			String target = proposed.isEmpty() ? null : proposed.get(0);
			if (given != null && !given.equals(target)) {
				throw DomainException.badRequest("transferTo",
						"The approval is for the body proposed (" + target + "); return the proposal to change it");
			}
			if (target == null) {
				throw DomainException.badRequest("transferTo", "The proposal names no receiving body");
			}
			return target;
		}
		if (given != null) {
			throw DomainException.badRequest("transferTo", "Only a transfer names a receiving body");
		}
		return null;
	}

	/** What opening a case asks for. */
	public record CaseRequest(String leadId, String caseId, String reason, String openedDate, String handledBy,
			List<String> subjectIds, List<String> responsibleLeaderIds, String name) {
	}

	/**
	 * Opens a case from a lead under preliminary verification (立案): creates the case, its
	 * subjects and, for 一案双查, the leaders whose responsibility it also examines.
	 */
	public void openCase(CaseRequest request, Caller caller) {
		requireReason(request.reason());
		LocalDate opened = date(request.openedDate(), "openedDate");
		if (request.caseId() == null || request.caseId().isBlank()) {
			throw DomainException.badRequest("caseId", "Give the new case an id");
		}
		this.cypher.inWrite((tx) -> {
			LeadGate.LeadState lead = this.gate.enter(tx, request.leadId(), "leadId", caller);
			LeadLifecycle step = allowed(lead, LeadStatus.CASE_OPENED, caller);
			requireFree(tx, request.caseId(), "caseId");
			String handledBy = (request.handledBy() != null) ? request.handledBy() : lead.receiver();
			this.gate.requireExisting(tx, "Organization", handledBy, "handledBy");
			List<String> subjects = existingPersons(tx, request.subjectIds(), "subjectIds");
			List<String> leaders = existingPersons(tx, request.responsibleLeaderIds(), "responsibleLeaderIds");
			this.records.create(tx, new LeadRecords.NewCase(request.caseId(), (opened != null) ? opened : today(),
					lead.id(), handledBy, request.name()), subjects, leaders, caller);
			this.records.change(tx, new LeadRecords.LeadChange(lead.id(), LeadStatus.CASE_OPENED, null, null, null),
					caller);
			this.records.append(tx, new LeadRecords.LeadStep(lead.id(), lead.status(), step, request.reason(), null,
					null, null, request.caseId()), caller);
			return null;
		});
	}

	/** What a case transition asks for. */
	public record CaseTransitionRequest(String caseId, CaseStatus to, String reason, String closedDate) {
	}

	/**
	 * Moves a case along 立案 → 审查调查 → 审理 → 结案: an administrator, or the discipline body
	 * handling it. Concluding the lead's last open case concludes the lead.
	 */
	public void transitionCase(CaseTransitionRequest request, Caller caller) {
		requireReason(request.reason());
		LocalDate closed = date(request.closedDate(), "closedDate");
		this.cypher.inWrite((tx) -> {
			CaseState kase = enterCase(tx, request.caseId(), caller);
			CaseLifecycle step = CaseLifecycle.find(kase.status(), request.to()).orElseThrow(() -> {
				List<CaseStatus> next = CaseLifecycle.next(kase.status());
				return new DomainException(ErrorCode.INVALID_TRANSITION, "to",
						"A case in status " + kase.status() + " (" + kase.status().zh() + ") cannot move to "
								+ request.to() + "; allowed next: " + (next.isEmpty() ? "none (final)" : next),
						Map.of("allowed", next.stream().map(Enum::name).toList(), "from", kase.status().name()));
			});
			if (closed != null && step != CaseLifecycle.CONCLUDE) {
				throw DomainException.badRequest("closedDate", "Only concluding (结案) sets the closing date");
			}
			this.records.change(tx, new LeadRecords.CaseChange(request.caseId(), step.to(),
					(step == CaseLifecycle.CONCLUDE) ? ((closed != null) ? closed : today()) : null), caller);
			this.records.append(tx, request.caseId(), step, request.reason(), caller);
			if (step == CaseLifecycle.CONCLUDE && kase.leadId() != null) {
				concludeLead(tx, kase, request.reason(), caller);
			}
			return null;
		});
	}

	private void concludeLead(TransactionContext tx, CaseState kase, String reason, Caller caller) {
		long open = this.cypher
			.list(tx, this.queries.text("lead/open-cases"), Map.of("lead", kase.leadId()),
					(r) -> r.get("open").asLong())
			.get(0);
		if (open == 0 && kase.leadStatus() == LeadStatus.CASE_OPENED) {
			this.records.change(tx,
					new LeadRecords.LeadChange(kase.leadId(), LeadStatus.CASE_CONCLUDED, null, null, null), caller);
			this.records.append(tx, new LeadRecords.LeadStep(kase.leadId(), LeadStatus.CASE_OPENED,
					LeadLifecycle.CONCLUDE, reason, null, null, null, kase.id()), caller);
		}
	}

	/** What the case gate found. */
	private record CaseState(String id, CaseStatus status, String leadId, LeadStatus leadStatus) {
	}

	/**
	 * Locks a case the caller may see and may act on (an administrator, or the discipline
	 * body handling it); NOT_FOUND for one hidden from the caller.
	 */
	private CaseState enterCase(TransactionContext tx, String caseId, Caller caller) {
		Visibility visibility = caller.visibility();
		var found = this.cypher.list(tx, this.queries.text("lead/case-gate", visibility::allows),
				visibility.with(Map.of("case", (caseId != null) ? caseId : "")),
				(r) -> new Object[] {
						new CaseState(caseId, CaseStatus.valueOf(r.get("status").asString()),
								r.get("lead").asString(null),
								r.get("leadStatus").isNull() ? null
										: LeadStatus.valueOf(r.get("leadStatus").asString())),
						r.get("handles").asBoolean() });
		if (found.isEmpty()) {
			throw new DomainException(ErrorCode.NOT_FOUND, "caseId", "No case with id '" + caseId + "'");
		}
		boolean admin = visibility.role() == Role.ADMIN;
		boolean handler = visibility.role() == Role.DISCIPLINE && (boolean) found.get(0)[1];
		if (!admin && !handler) {
			throw new DomainException(ErrorCode.FORBIDDEN, "caseId", "Only the body handling the case may act on it");
		}
		return (CaseState) found.get(0)[0];
	}

	/** What recording a sanction asks for. */
	public record SanctionRequest(String caseId, String sanctionId, String personId, SanctionType type, String date,
			String reason, String name) {
	}

	/**
	 * Records a sanction in a case not yet concluded (party or government sanction,
	 * organizational handling, accountability, or transfer to the judiciary): an
	 * administrator, or the discipline body handling the case.
	 */
	public void recordSanction(SanctionRequest request, Caller caller) {
		requireReason(request.reason());
		LocalDate date = date(request.date(), "date");
		if (date == null) {
			throw DomainException.badRequest("date", "Give the sanction's date");
		}
		if (request.sanctionId() == null || request.sanctionId().isBlank()) {
			throw DomainException.badRequest("sanctionId", "Give the new sanction an id");
		}
		this.cypher.inWrite((tx) -> {
			CaseState kase = enterCase(tx, request.caseId(), caller);
			if (kase.status() == CaseStatus.CLOSED) {
				throw new DomainException(ErrorCode.INVALID_TRANSITION, "caseId", "The case is concluded (已结案)",
						Map.of("allowed", List.of()));
			}
			this.gate.requireExisting(tx, "Person", request.personId(), "personId");
			requireFree(tx, request.sanctionId(), "sanctionId");
			this.records.create(tx, new LeadRecords.NewSanction(request.sanctionId(), request.personId(),
					request.type(), date, request.caseId(), null, request.name(), request.reason()), caller);
			return null;
		});
	}

	/** The recorded transitions of many leads, oldest first; hidden leads have none. */
	public Map<String, List<LeadTransition>> history(List<String> leadIds, Visibility visibility) {
		Map<String, List<LeadTransition>> history = new HashMap<>();
		this.cypher.read(this.queries.text("lead/history", visibility::allows), visibility.with(Map.of("ids", leadIds)),
				(r) -> {
					var t = r.get("t");
					LeadTransition record = new LeadTransition(t.get("seq").asInt(),
							LeadStatus.valueOf(t.get("from").asString()), LeadStatus.valueOf(t.get("to").asString()),
							LeadLifecycle.valueOf(t.get("step").asString()), t.get("by").asString(),
							t.get("at").asZonedDateTime().toString(), t.get("reason").asString(),
							t.get("disposal").isNull() ? null : Disposal.valueOf(t.get("disposal").asString()),
							t.get("transferTo").asString(null),
							t.get("greenChannel").isNull() ? null : t.get("greenChannel").asBoolean(),
							t.get("caseId").asString(null));
					return history.computeIfAbsent(r.get("id").asString(), (k) -> new ArrayList<>()).add(record);
				});
		return history;
	}

	/** The recorded steps of many cases, oldest first; hidden cases have none. */
	public Map<String, List<CaseTransition>> caseHistory(List<String> caseIds, Visibility visibility) {
		Map<String, List<CaseTransition>> history = new HashMap<>();
		this.cypher.read(this.queries.text("lead/case-history", visibility::allows),
				visibility.with(Map.of("ids", caseIds)), (r) -> {
					var t = r.get("t");
					CaseTransition record = new CaseTransition(t.get("seq").asInt(),
							CaseStatus.valueOf(t.get("from").asString()), CaseStatus.valueOf(t.get("to").asString()),
							CaseLifecycle.valueOf(t.get("step").asString()), t.get("by").asString(),
							t.get("at").asZonedDateTime().toString(), t.get("reason").asString());
					return history.computeIfAbsent(r.get("id").asString(), (k) -> new ArrayList<>()).add(record);
				});
		return history;
	}

	private static LeadLifecycle allowed(LeadGate.LeadState lead, LeadStatus to, Caller caller) {
		LeadLifecycle step = LeadLifecycle.find(lead.status(), to).orElseThrow(() -> {
			List<LeadStatus> next = LeadLifecycle.next(lead.status());
			return new DomainException(ErrorCode.INVALID_TRANSITION, "to",
					"A lead in status " + lead.status() + " (" + lead.status().zh() + ") cannot move to " + to
							+ "; allowed next: " + (next.isEmpty() ? "none (final)" : next),
					Map.of("allowed", next.stream().map(Enum::name).toList(), "from", lead.status().name()));
		});
		if (!lead.mayAct(caller, step.actor())) {
			throw new DomainException(ErrorCode.FORBIDDEN, "to", switch (step.actor()) {
				case TEAM -> "Only the leader (组长) of the team owning the lead, while authorized, may " + step.zh();
				case OFFICE -> "Only the inspection office or leading group (巡察办/领导小组) may " + step.zh();
				case RECEIVER -> "Only the body the lead was transferred to may " + step.zh();
			});
		}
		return step;
	}

	/**
	 * The disposal a step records: the one its target state is (谈话函询, 初步核实, 暂存待查, 予以了结),
	 * none otherwise. A disposal given must be that one.
	 */
	private static Disposal disposal(LeadLifecycle step, Disposal given) {
		Disposal implied = switch (step.to()) {
			case TALK_INQUIRY -> Disposal.TALK_INQUIRY;
			case PRELIMINARY_VERIFICATION -> Disposal.PRELIMINARY_VERIFICATION;
			case SHELVED -> Disposal.SHELVED;
			case CLOSED -> Disposal.CLOSED;
			default -> null;
		};
		if (given != null && given != implied) {
			throw DomainException.badRequest("disposal",
					(implied != null) ? "A move to " + step.to() + " records the disposal " + implied
							: "A move to " + step.to() + " takes no disposal");
		}
		return implied;
	}

	private void requireFree(TransactionContext tx, String id, String field) {
		if (!this.records.kinds(tx, List.of(id)).isEmpty()) {
			throw new DomainException(ErrorCode.CONFLICT, field, "The id '" + id + "' is taken");
		}
	}

	private List<String> existingPersons(TransactionContext tx, List<String> ids, String field) {
		List<String> given = (ids != null) ? ids.stream().distinct().toList() : List.of();
		Map<String, String> kinds = this.records.kinds(tx, given);
		for (String id : given) {
			if (!"Person".equals(kinds.get(id))) {
				throw new DomainException(ErrorCode.NOT_FOUND, field, "No Person with id '" + id + "'");
			}
		}
		return given;
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw DomainException.badRequest("reason", "Say why (reason): every step of a clue is recorded with it");
		}
		if (reason.length() > MAX_REASON) {
			throw DomainException.badRequest("reason", "reason is longer than " + MAX_REASON + " characters");
		}
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	private static LocalDate date(String text, String field) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw DomainException.badRequest(field, field + " must be a date like 2024-05-31, was '" + text + "'");
		}
	}

}
