package org.oversight.lead;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;
import org.oversight.graph.Cypher;
import org.oversight.model.DomainException;
import org.oversight.model.ErrorCode;
import org.oversight.security.Caller;
import org.oversight.security.Visibility;
import org.springframework.stereotype.Service;

/**
 * Moves leads through the {@link LeadLifecycle}: transitions, opening a case, recording
 * sanctions. Each call is one write transaction that checks everything before it writes,
 * so a refused call changes nothing; each transition appends a {@code (:__LeadTransition
 * {leadId, seq, from, to, step, by, at, reason ...})} record, never changed afterwards,
 * read back as the lead's {@code history}.
 */
@Service
public class ClueHandling {

	static final int MAX_REASON = 2000;

	private static final Set<Disposal> VERIFICATIONS = Set.of(Disposal.TALK_INQUIRY, Disposal.PRELIMINARY_VERIFICATION,
			Disposal.FURTHER_UNDERSTANDING);

	private final Cypher cypher;

	private final LeadGate gate;

	ClueHandling(Cypher cypher, LeadGate gate) {
		this.cypher = cypher;
		this.gate = gate;
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
			Disposal disposal = disposal(step, request.disposal());
			if (request.greenChannel() != null && step != LeadLifecycle.TRANSFER) {
				throw DomainException.badRequest("greenChannel",
						"The green channel (边巡边查) is set when the team transfers the clue");
			}
			if (step.to() == LeadStatus.TRANSFERRED) {
				this.gate.requireExisting(tx, "Organization", request.transferTo(), "transferTo");
				if (request.transferTo().equals(lead.receiver())) {
					throw DomainException.badRequest("transferTo", "The lead is with that body already");
				}
			}
			else if (request.transferTo() != null) {
				throw DomainException.badRequest("transferTo", "Only a transfer names a receiving body");
			}
			write(tx, lead, step, disposal, request, caller);
			if (step == LeadLifecycle.CONCLUDE) {
				this.cypher.list(tx, """
						MATCH (:Lead {id: $lead})<-[:FROM_LEAD]-(k:Case) WHERE coalesce(k.status, 'OPEN') = 'OPEN'
						SET k.status = 'CLOSED', k.closedDate = date(), k.version = coalesce(k.version, 0) + 1,
						  k.updatedBy = $by, k.updatedAt = datetime(), k.updatedSource = 'api'""",
						Map.of("lead", lead.id(), "by", caller.name()), (r) -> r);
			}
			return null;
		});
	}

	/** What opening a case asks for. */
	public record CaseRequest(String leadId, String caseId, String reason, String openedDate, String handledBy,
			List<String> subjectIds, List<String> responsibleLeaderIds, String name) {
	}

	/**
	 * Opens a case from a lead under verification (立案): creates the case, its subjects
	 * and, for 一案双查, the leaders whose responsibility it also examines.
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
			if (!this.cypher.list(tx, "MATCH (n:Entity {id: $id}) RETURN 1", Map.of("id", request.caseId()), (r) -> r)
				.isEmpty()) {
				throw new DomainException(ErrorCode.CONFLICT, "caseId", "The id '" + request.caseId() + "' is taken");
			}
			String handledBy = (request.handledBy() != null) ? request.handledBy() : lead.receiver();
			this.gate.requireExisting(tx, "Organization", handledBy, "handledBy");
			List<String> subjects = existingPersons(tx, request.subjectIds(), "subjectIds");
			List<String> leaders = existingPersons(tx, request.responsibleLeaderIds(), "responsibleLeaderIds");
			Map<String, Object> params = new HashMap<>();
			params.put("lead", lead.id());
			params.put("case", request.caseId());
			params.put("opened", opened);
			params.put("handledBy", handledBy);
			params.put("subjects", subjects);
			params.put("leaders", leaders);
			params.put("name", request.name());
			params.put("by", caller.name());
			this.cypher.list(tx,
					"""
							MATCH (l:Lead {id: $lead}), (o:Organization {id: $handledBy})
							CREATE (k:Entity:Case {id: $case, openedDate: coalesce($opened, date()), status: 'OPEN', name: $name, source: 'api',
							  recordedBy: $by, recordedAt: datetime(), version: 0})
							CREATE (k)-[:FROM_LEAD {source: 'api', recordedBy: $by, recordedAt: datetime()}]->(l)
							CREATE (k)-[:HANDLED_BY {source: 'api', recordedBy: $by, recordedAt: datetime()}]->(o)""",
					params, (r) -> r);
			this.cypher.list(tx, """
					MATCH (k:Case {id: $case}) UNWIND $subjects AS subject MATCH (p:Person {id: subject})
					CREATE (k)-[:SUBJECT {source: 'api', recordedBy: $by, recordedAt: datetime()}]->(p)""", params,
					(r) -> r);
			this.cypher.list(tx,
					"""
							MATCH (k:Case {id: $case}) UNWIND $leaders AS leader MATCH (p:Person {id: leader})
							CREATE (k)-[:EXAMINES_RESPONSIBILITY {source: 'api', recordedBy: $by, recordedAt: datetime()}]->(p)""",
					params, (r) -> r);
			write(tx, lead, step, null,
					new Request(lead.id(), LeadStatus.CASE_OPENED, request.reason(), null, null, null), caller,
					request.caseId());
			return null;
		});
	}

	/** What recording a sanction asks for. */
	public record SanctionRequest(String caseId, String sanctionId, String personId, SanctionType type, String date,
			String reason, String name) {
	}

	/**
	 * Records a sanction in a case (party or administrative, or transfer to the
	 * judiciary): an administrator, or the discipline body handling the case.
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
		Visibility visibility = caller.visibility();
		this.cypher.inWrite((tx) -> {
			var found = this.cypher.list(tx, "MATCH (k:Case {id: $case}) WHERE " + visibility.allows("k") + """
					 SET k.__lock = true REMOVE k.__lock
					RETURN k.status AS status, EXISTS { (k)-[:HANDLED_BY]->(:Organization {id: $vOrg}) } AS handles""",
					visibility.with(Map.of("case", request.caseId())),
					(r) -> new Object[] { r.get("status").asString(null), r.get("handles").asBoolean() });
			if (found.isEmpty()) {
				throw new DomainException(ErrorCode.NOT_FOUND, "caseId", "No case with id '" + request.caseId() + "'");
			}
			boolean admin = visibility.role() == org.oversight.security.Role.ADMIN;
			boolean handler = visibility.role() == org.oversight.security.Role.DISCIPLINE && (boolean) found.get(0)[1];
			if (!admin && !handler) {
				throw new DomainException(ErrorCode.FORBIDDEN, "caseId",
						"Only the body handling the case records its sanctions");
			}
			if ("CLOSED".equals(found.get(0)[0])) {
				throw new DomainException(ErrorCode.INVALID_TRANSITION, "caseId", "The case is closed",
						Map.of("allowed", List.of()));
			}
			this.gate.requireExisting(tx, "Person", request.personId(), "personId");
			if (!this.cypher
				.list(tx, "MATCH (n:Entity {id: $id}) RETURN 1", Map.of("id", request.sanctionId()), (r) -> r)
				.isEmpty()) {
				throw new DomainException(ErrorCode.CONFLICT, "sanctionId",
						"The id '" + request.sanctionId() + "' is taken");
			}
			Map<String, Object> params = new HashMap<>();
			params.put("case", request.caseId());
			params.put("id", request.sanctionId());
			params.put("person", request.personId());
			params.put("type", request.type().name());
			params.put("date", date);
			params.put("name", request.name());
			params.put("reason", request.reason());
			params.put("by", caller.name());
			this.cypher.list(tx, """
					MATCH (k:Case {id: $case}), (p:Person {id: $person})
					CREATE (s:Entity:Sanction {id: $id, type: $type, date: $date, name: $name, reason: $reason,
					  source: 'api', recordedBy: $by, recordedAt: datetime(), version: 0})
					CREATE (s)-[:AGAINST {source: 'api', recordedBy: $by, recordedAt: datetime()}]->(p)
					CREATE (s)-[:IN_CASE {source: 'api', recordedBy: $by, recordedAt: datetime()}]->(k)""", params,
					(r) -> r);
			return null;
		});
	}

	/** The recorded transitions of many leads, oldest first; hidden leads have none. */
	public Map<String, List<LeadTransition>> history(List<String> leadIds, Visibility visibility) {
		Map<String, List<LeadTransition>> history = new HashMap<>();
		this.cypher.read("UNWIND $ids AS id MATCH (l:Lead {id: id}) WHERE " + visibility.allows("l") + """
				 MATCH (t:__LeadTransition {leadId: id})
				RETURN id, t ORDER BY t.seq""", visibility.with(Map.of("ids", leadIds)), (r) -> {
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

	private static LeadLifecycle allowed(LeadGate.LeadState lead, LeadStatus to, Caller caller) {
		LeadLifecycle step = LeadLifecycle.find(lead.status(), to).orElseThrow(() -> {
			List<LeadStatus> next = LeadLifecycle.next(lead.status());
			return new DomainException(ErrorCode.INVALID_TRANSITION, "to",
					"A lead in status " + lead.status() + " (" + lead.status().zh() + ") cannot move to " + to
							+ "; allowed next: " + (next.isEmpty() ? "none (final)" : next),
					Map.of("allowed", next.stream().map(Enum::name).toList(), "from", lead.status().name()));
		});
		if (!lead.mayAct(caller, step.actor())) {
			throw new DomainException(ErrorCode.FORBIDDEN, "to",
					(step.actor() == LeadLifecycle.Actor.TEAM)
							? "Only the leader (组长) of the team owning the lead, while authorized, may " + step.zh()
							: "Only the body the lead was transferred to may " + step.zh());
		}
		return step;
	}

	/** The disposal a transition records: given for a verification, implied otherwise. */
	private static Disposal disposal(LeadLifecycle step, Disposal given) {
		Disposal implied = switch (step.to()) {
			case SHELVED -> Disposal.SHELVED;
			case CLOSED -> (step == LeadLifecycle.CONCLUDE) ? null : Disposal.CLOSED;
			default -> null;
		};
		if (step.to() == LeadStatus.UNDER_VERIFICATION) {
			if (given == null || !VERIFICATIONS.contains(given)) {
				throw DomainException.badRequest("disposal",
						"Verification needs a disposal, one of " + VERIFICATIONS.stream().sorted().toList());
			}
			return given;
		}
		if (given != null && given != implied) {
			throw DomainException.badRequest("disposal",
					(implied != null) ? "A move to " + step.to() + " records the disposal " + implied
							: "A move to " + step.to() + " takes no disposal");
		}
		return implied;
	}

	private void write(TransactionContext tx, LeadGate.LeadState lead, LeadLifecycle step, Disposal disposal,
			Request request, Caller caller) {
		write(tx, lead, step, disposal, request, caller, null);
	}

	private void write(TransactionContext tx, LeadGate.LeadState lead, LeadLifecycle step, Disposal disposal,
			Request request, Caller caller, String caseId) {
		Map<String, Object> params = new HashMap<>();
		params.put("lead", lead.id());
		params.put("from", lead.status().name());
		params.put("to", step.to().name());
		params.put("step", step.name());
		params.put("by", caller.name());
		params.put("reason", request.reason());
		params.put("disposal", (disposal != null) ? disposal.name() : null);
		params.put("transferTo", request.transferTo());
		params.put("green", request.greenChannel());
		params.put("caseId", caseId);
		this.cypher.list(tx, """
				MATCH (l:Lead {id: $lead})
				SET l.status = $to, l.version = coalesce(l.version, 0) + 1, l.updatedBy = $by, l.updatedAt = datetime(),
				  l.updatedSource = 'api'
				FOREACH (d IN CASE WHEN $disposal IS NULL THEN [] ELSE [$disposal] END | SET l.disposal = d)
				FOREACH (g IN CASE WHEN $green IS NULL THEN [] ELSE [$green] END | SET l.greenChannel = g)
				WITH l
				OPTIONAL MATCH (l)-[old:TRANSFERRED_TO]->() WHERE $transferTo IS NOT NULL
				DELETE old
				WITH DISTINCT l
				OPTIONAL MATCH (receiver:Organization {id: $transferTo})
				FOREACH (o IN CASE WHEN receiver IS NULL THEN [] ELSE [receiver] END |
				  CREATE (l)-[:TRANSFERRED_TO {source: 'api', recordedBy: $by, recordedAt: datetime()}]->(o))
				WITH l
				OPTIONAL MATCH (previous:__LeadTransition {leadId: $lead})
				WITH l, count(previous) AS seq
				CREATE (:__LeadTransition {leadId: $lead, seq: seq + 1, from: $from, to: $to, step: $step, by: $by,
				  at: datetime(), reason: $reason, disposal: $disposal, transferTo: $transferTo, greenChannel: $green,
				  caseId: $caseId})""", params, (r) -> r);
	}

	private List<String> existingPersons(TransactionContext tx, List<String> ids, String field) {
		List<String> given = (ids != null) ? ids.stream().distinct().toList() : List.of();
		List<String> found = this.cypher.list(tx, "UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN p.id AS id",
				Map.of("ids", given), (r) -> r.get("id").asString());
		for (String id : given) {
			if (!found.contains(id)) {
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
