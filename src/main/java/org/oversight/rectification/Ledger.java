package org.oversight.rectification;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.oversight.graph.Cypher;
import org.oversight.model.DomainException;
import org.oversight.security.Caller;
import org.oversight.store.GraphEntity;
import org.springframework.stereotype.Service;

/**
 * The rectification ledger (整改台账): tasks opened for findings fed back, ticked off only
 * with evidence (对账销号), verified or reopened by a revisit round (回头看), and the
 * accountability actions that answer them. Each change is one statement, so it applies
 * whole or not at all; every check runs before it.
 */
@Service
class Ledger {

	private static final List<String> OPEN = List.of("PENDING", "IN_PROGRESS", "REJECTED");

	private final Cypher cypher;

	Ledger(Cypher cypher) {
		this.cypher = cypher;
	}

	GraphEntity add(TaskInput input, Caller caller) {
		require(input.findingId(), "Finding", "findingId");
		if (input.responsibleOrgId() != null) {
			require(input.responsibleOrgId(), "Organization", "responsibleOrgId");
		}
		if (input.responsiblePersonId() != null) {
			require(input.responsiblePersonId(), "Person", "responsiblePersonId");
		}
		text(input.task(), "task");
		LocalDate deadline = date(input.deadline(), "deadline");
		if (deadline.isBefore(LocalDate.now())) {
			throw DomainException.badRequest("deadline", "The deadline " + deadline + " is already past");
		}
		String id = (input.id() != null && !input.id().isBlank()) ? input.id().strip()
				: "RECT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		if (exists(id)) {
			throw DomainException.badRequest("id", "The id '" + id + "' is taken");
		}
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("finding", input.findingId());
		params.put("org", input.responsibleOrgId());
		params.put("person", input.responsiblePersonId());
		params.put("task", input.task().strip());
		params.put("deadline", deadline.toString());
		params.put("measures", input.measures());
		params.put("name", input.name());
		params.put("user", caller.name());
		return single("""
				MATCH (f:Finding {id: $finding})
				CREATE (r:Entity:Rectification {id: $id, task: $task, deadline: date($deadline), status: 'PENDING',
				  measures: $measures, name: $name, source: 'api', recordedBy: $user, recordedAt: datetime(),
				  version: 0})
				CREATE (r)-[:RECTIFIES {source: 'api', recordedBy: $user, recordedAt: datetime()}]->(f)
				WITH r
				OPTIONAL MATCH (o:Organization {id: $org})
				OPTIONAL MATCH (p:Person {id: $person})
				FOREACH (x IN CASE WHEN o IS NULL THEN [] ELSE [o] END |
				  CREATE (r)-[:RESPONSIBLE_ORG {source: 'api', recordedBy: $user, recordedAt: datetime()}]->(x))
				FOREACH (x IN CASE WHEN p IS NULL THEN [] ELSE [p] END |
				  CREATE (r)-[:RESPONSIBLE_PERSON {source: 'api', recordedBy: $user, recordedAt: datetime()}]->(x))
				RETURN r""", params);
	}

	/** Ticks a task off: only with evidence, and only while it is open. */
	GraphEntity complete(String id, String evidence, String completedDate, Caller caller) {
		GraphEntity task = task(id);
		text(evidence, "evidence");
		LocalDate done = (completedDate != null) ? date(completedDate, "completedDate") : LocalDate.now();
		if (done.isAfter(LocalDate.now())) {
			throw DomainException.badRequest("completedDate", "completedDate " + done + " is in the future");
		}
		if (!OPEN.contains(String.valueOf(task.get("status")))) {
			throw DomainException.badRequest("id", "Task " + id + " is " + task.get("status")
					+ "; only an open task (PENDING, IN_PROGRESS, REJECTED)" + " can be completed");
		}
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("evidence", evidence.strip());
		params.put("done", done.toString());
		params.put("user", caller.name());
		return single("""
				MATCH (r:Rectification {id: $id})
				SET r.status = 'DONE', r.evidence = $evidence, r.completedDate = date($done),
				    r.version = coalesce(r.version, 0) + 1, r.updatedBy = $user, r.updatedAt = datetime(),
				    r.updatedSource = 'api'
				RETURN r""", params);
	}

	/**
	 * A revisit round's verdict on a completed task: passed → VERIFIED; failed → REJECTED
	 * (reopened), counted on the task and so against its unit.
	 */
	GraphEntity verify(String id, String roundId, boolean passed, String note, Caller caller) {
		GraphEntity task = task(id);
		GraphEntity round = require(roundId, "InspectionRound", "roundId");
		if (!"LOOKBACK".equals(round.get("type"))) {
			throw DomainException.badRequest("roundId", "Round " + roundId + " is " + round.get("type")
					+ "; tasks are verified in a revisit round (LOOKBACK)");
		}
		if (!"DONE".equals(task.get("status"))) {
			throw DomainException.badRequest("id",
					"Task " + id + " is " + task.get("status") + "; only a completed (DONE) task can be verified");
		}
		if (!passed) {
			text(note, "note");
		}
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("round", roundId);
		params.put("passed", passed);
		params.put("note", note);
		params.put("user", caller.name());
		return single("""
				MATCH (r:Rectification {id: $id}), (round:InspectionRound {id: $round})
				CREATE (r)-[:VERIFIED_IN {passed: $passed, note: $note, date: date(), by: $user, source: 'api',
				  recordedBy: $user, recordedAt: datetime()}]->(round)
				SET r.status = CASE WHEN $passed THEN 'VERIFIED' ELSE 'REJECTED' END,
				    r.failedVerifications = coalesce(r.failedVerifications, 0) + CASE WHEN $passed THEN 0 ELSE 1 END,
				    r.version = coalesce(r.version, 0) + 1, r.updatedBy = $user, r.updatedAt = datetime(),
				    r.updatedSource = 'api'
				RETURN r""", params);
	}

	/** Links an accountability action (约谈, 问责, a sanction) to the task it answers. */
	GraphEntity linkAccountability(String sanctionId, String id, Caller caller) {
		task(id);
		require(sanctionId, "Sanction", "sanctionId");
		return single("""
				MATCH (s:Sanction {id: $sanction}), (r:Rectification {id: $id})
				MERGE (s)-[a:ANSWERS]->(r)
				ON CREATE SET a.source = 'api', a.recordedBy = $user, a.recordedAt = datetime()
				RETURN r""", Map.of("sanction", sanctionId, "id", id, "user", caller.name()));
	}

	private GraphEntity single(String query, Map<String, Object> params) {
		return this.cypher.write(query, params, (r) -> GraphEntity.of(r.get("r"))).get(0);
	}

	private GraphEntity task(String id) {
		return require(id, "Rectification", "id");
	}

	private GraphEntity require(String id, String kind, String field) {
		if (id == null || id.isBlank()) {
			throw DomainException.badRequest(field, field + " is required");
		}
		List<GraphEntity> found = this.cypher.read("MATCH (n:Entity {id: $id}) WHERE $kind IN labels(n) RETURN n",
				Map.of("id", id, "kind", kind), (r) -> GraphEntity.of(r.get("n")));
		if (found.isEmpty()) {
			throw DomainException.notFound(field, id);
		}
		return found.get(0);
	}

	private boolean exists(String id) {
		return !this.cypher.read("MATCH (n:Entity {id: $id}) RETURN n.id", Map.of("id", id), (r) -> r).isEmpty();
	}

	private static void text(String value, String field) {
		if (value == null || value.isBlank()) {
			throw DomainException.badRequest(field, field + " must not be empty");
		}
	}

	static LocalDate date(String text, String field) {
		if (text == null) {
			throw DomainException.badRequest(field, field + " is required");
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw DomainException.badRequest(field, field + " must be a date like 2024-03-01, not '" + text + "'");
		}
	}

}
