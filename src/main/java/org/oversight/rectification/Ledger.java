package org.oversight.rectification;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.security.Caller;
import org.oversight.store.GraphEntity;
import org.oversight.store.References;
import org.springframework.stereotype.Service;

/**
 * The rectification ledger (整改台账): tasks opened for findings fed back (or fixed on the
 * spot, 立行立改), supervised (督办), ticked off only with evidence (对账销号), signed off by the
 * unit's secretary (书记签字), published (整改公开), verified or reopened by a revisit round
 * (回头看), and the accountability actions that answer them. Each change is one transaction:
 * its checks read under the task's lock, its write goes through the model kernel's
 * writer.
 */
@Service
class Ledger {

	private static final List<String> OPEN = List.of("PENDING", "IN_PROGRESS", "REJECTED");

	private final LedgerWriter writer;

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final References references;

	Ledger(LedgerWriter writer, Cypher cypher, QueryCatalogue queries, References references) {
		this.writer = writer;
		this.cypher = cypher;
		this.queries = queries;
		this.references = references;
	}

	GraphEntity add(TaskInput input, Caller caller) {
		Checks.exists(this.references, caller, "findingId", "Finding", input.findingId(), true);
		Checks.exists(this.references, caller, "responsibleOrgId", "Organization", input.responsibleOrgId(), false);
		Checks.exists(this.references, caller, "responsiblePersonId", "Person", input.responsiblePersonId(), false);
		Checks.exists(this.references, caller, "supervisorId", "Organization", input.supervisorId(), false);
		Checks.text(input.task(), "task");
		Task task = input.fixedOnTheSpot() ? onTheSpot(input) : planned(input);
		if (this.references.kinds(List.of(task.id())).containsKey(task.id())) {
			throw DomainException.badRequest("id", "The id '" + task.id() + "' is taken");
		}
		return this.cypher.inWrite((tx) -> {
			this.writer.create(tx, RectificationModel.TASK, task.row(), caller);
			return this.writer.read(tx, task.id());
		});
	}

	private Task planned(TaskInput input) {
		if (input.evidence() != null || input.completedDate() != null) {
			throw DomainException.badRequest("onTheSpot",
					"Only a task fixed on the spot (onTheSpot: true) is recorded as done when it is opened");
		}
		LocalDate deadline = date(input.deadline(), "deadline");
		if (deadline.isBefore(LocalDate.now())) {
			throw DomainException.badRequest("deadline", "The deadline " + deadline + " is already past");
		}
		return task(input, deadline, RectificationStatus.PENDING, null);
	}

	/**
	 * 立行立改: done during the round, with evidence, on a day between the finding and the
	 * round's end.
	 */
	private Task onTheSpot(TaskInput input) {
		Checks.text(input.evidence(), "evidence");
		LocalDate done = Checks.notFuture(date(input.completedDate(), "completedDate"), "completedDate");
		Map<String, Object> round = this.cypher
			.read(this.queries.text("rectification/finding-round"), Map.of("id", input.findingId()), Record::asMap)
			.get(0);
		LocalDate found = (LocalDate) round.get("foundDate");
		LocalDate end = (LocalDate) round.get("roundEnd");
		if ((found != null && done.isBefore(found)) || (end != null && done.isAfter(end))) {
			throw DomainException.badRequest("completedDate", "A task fixed on the spot is done while the round is on: "
					+ done + " is not between the finding (" + found + ") and the round's end (" + end + ")");
		}
		LocalDate deadline = (input.deadline() != null) ? date(input.deadline(), "deadline") : done;
		return task(input, deadline, RectificationStatus.DONE, done);
	}

	private static Task task(TaskInput input, LocalDate deadline, RectificationStatus status, LocalDate done) {
		String id = (input.id() != null && !input.id().isBlank()) ? input.id().strip()
				: "RECT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		// Fed back on the day it is opened, or for a task fixed on the spot on the day it
		// was
		// done: the date figures as of a past day count it from.
		LocalDate fedBack = (done != null) ? done : LocalDate.now();
		return new Task(id, input.findingId(), Checks.strip(input.problem()), input.task().strip(), deadline, status,
				input.responsibleOrgId(), input.responsiblePersonId(), input.supervisorId(),
				Checks.strip(input.supervision()), input.measures(), input.name(), input.fixedOnTheSpot(),
				(done != null) ? input.evidence().strip() : null, done, fedBack);
	}

	/**
	 * Ticks a task off: only with evidence, and only while it is open; the effect goes on
	 * the effect list (效果清单).
	 */
	GraphEntity complete(String id, String evidence, String completedDate, String effect, Caller caller) {
		Checks.text(evidence, "evidence");
		LocalDate done = Checks.notFuture(
				(completedDate != null) ? date(completedDate, "completedDate") : LocalDate.now(), "completedDate");
		return change(id, caller, (tx, locked) -> {
			GraphEntity task = locked.task();
			if (!OPEN.contains(String.valueOf(task.get("status")))) {
				throw DomainException.badRequest("id", "Task " + id + " is " + task.get("status")
						+ "; only an open task (PENDING, IN_PROGRESS, REJECTED) can be completed");
			}
			if (locked.lastVerdict() != null && done.isBefore(locked.lastVerdict())) {
				throw DomainException.badRequest("completedDate", "Task " + id + " was reopened by the revisit of "
						+ locked.lastVerdict() + "; it is ticked off again on that day or later, not " + done);
			}
			Map<String, Object> row = row(id);
			row.put("status", RectificationStatus.DONE.name());
			row.put("evidence", evidence.strip());
			row.put("completedDate", done);
			if (effect != null && !effect.isBlank()) {
				row.put("effect", effect.strip());
			}
			return row;
		});
	}

	/**
	 * A revisit round's verdict on a completed task, dated within the round: passed →
	 * VERIFIED; failed → REJECTED with a new deadline. The failed task keeps the date it
	 * was ticked off, so the problem's return stays visible
	 * (RECURRING_AFTER_RECTIFICATION).
	 */
	GraphEntity verify(Verdict verdict, Caller caller) {
		GraphEntity round = Checks.lookback(this.references, this.cypher, this.queries, verdict.roundId(), caller);
		LocalDate day = Checks.withinRound(round,
				(verdict.date() != null) ? date(verdict.date(), "date") : Checks.revisitDay(round));
		LocalDate newDeadline = null;
		if (!verdict.passed()) {
			Checks.text(verdict.note(), "note");
			newDeadline = date(verdict.newDeadline(), "newDeadline");
			if (!newDeadline.isAfter(day)) {
				throw DomainException.badRequest("newDeadline",
						"A failed revisit sets a deadline after its own day " + day + ", not " + newDeadline);
			}
		}
		LocalDate deadline = newDeadline;
		return this.cypher.inWrite((tx) -> {
			Locked locked = locked(tx, verdict.id());
			GraphEntity task = locked.task();
			if (locked.verdicts().contains(verdict.roundId() + "/" + day)) {
				throw DomainException.badRequest("date", "Round " + verdict.roundId() + " already gave its verdict on "
						+ verdict.id() + " on " + day + "; a later verdict takes a later day");
			}
			if (!"DONE".equals(task.get("status"))) {
				throw DomainException.badRequest("id", "Task " + verdict.id() + " is " + task.get("status")
						+ "; only a completed (DONE) task can be verified");
			}
			Object completed = task.get("completedDate");
			if (completed != null && day.isBefore(LocalDate.parse(completed.toString()))) {
				throw DomainException.badRequest("date",
						"The revisit's day " + day + " is before the task was ticked off (" + completed + ")");
			}
			this.writer.link(tx, RectificationModel.VERIFICATIONS,
					new Verification(verdict.id(), verdict.roundId(), day, verdict.passed(),
							Checks.strip(verdict.note()), deadline, caller.name(),
							(completed != null) ? LocalDate.parse(completed.toString()) : null,
							(task.get("deadline") != null) ? LocalDate.parse(task.get("deadline").toString()) : null)
						.row(),
					caller);
			Map<String, Object> row = row(verdict.id());
			row.put("status",
					verdict.passed() ? RectificationStatus.VERIFIED.name() : RectificationStatus.REJECTED.name());
			if (deadline != null) {
				row.put("deadline", deadline);
			}
			this.writer.change(tx, RectificationModel.TASK, row, caller);
			return this.writer.read(tx, verdict.id());
		});
	}

	/** 督办: who supervises the task and how (督办清单). */
	GraphEntity supervise(String id, String supervisorId, String supervision, Caller caller) {
		Checks.exists(this.references, caller, "supervisorId", "Organization", supervisorId, true);
		Checks.text(supervision, "supervision");
		return change(id, caller, (tx, locked) -> {
			Map<String, Object> row = row(id);
			row.put("supervisorId", supervisorId);
			row.put("supervision", supervision.strip());
			return row;
		});
	}

	/**
	 * 书记签字: the secretary of the responsible unit (else of the unit the finding concerns)
	 * on that day signs the task off.
	 */
	GraphEntity sign(String id, String secretaryId, String date, Caller caller) {
		Checks.exists(this.references, caller, "secretaryId", "Person", secretaryId, true);
		LocalDate day = Checks.notFuture(date(date, "date"), "date");
		return change(id, caller, (tx, locked) -> {
			String unit = (locked.responsibleOrg() != null) ? locked.responsibleOrg() : locked.findingOrg();
			boolean secretary = unit != null && !this.cypher
				.list(tx, this.queries.text("rectification/secretary"),
						Map.of("person", secretaryId, "org", unit, "day", day.toString()), (r) -> r)
				.isEmpty();
			if (!secretary) {
				throw DomainException.badRequest("secretaryId", secretaryId + " was not the secretary (书记) of " + unit
						+ " on " + day + "; the unit's secretary signs its rectification");
			}
			Map<String, Object> row = row(id);
			row.put("signedBy", secretaryId);
			row.put("signedDate", day);
			return row;
		});
	}

	/** 整改公开: where and when the rectification was made public. */
	GraphEntity publish(String id, String date, String where, Caller caller) {
		LocalDate day = Checks.notFuture(date(date, "date"), "date");
		Checks.text(where, "where");
		return change(id, caller, (tx, locked) -> {
			Map<String, Object> row = row(id);
			row.put("publishedDate", day);
			row.put("publishedIn", where.strip());
			return row;
		});
	}

	/** Links an accountability action (约谈, 问责, a sanction) to the task it answers. */
	GraphEntity linkAccountability(String sanctionId, String id, Caller caller) {
		Checks.exists(this.references, caller, "sanctionId", "Sanction", sanctionId, true);
		return this.cypher.inWrite((tx) -> {
			locked(tx, id);
			Map<String, Object> row = new HashMap<>();
			row.put("sanctionId", sanctionId);
			row.put("rectificationId", id);
			this.writer.link(tx, RectificationModel.ACCOUNTABILITY, row, caller);
			return this.writer.read(tx, id);
		});
	}

	/** A task's state under its write lock, with what the checks need. */
	record Locked(GraphEntity task, String responsibleOrg, String findingOrg, LocalDate lastVerdict,
			List<String> verdicts) {
	}

	private Locked locked(TransactionContext tx, String id) {
		if (id == null || id.isBlank()) {
			throw DomainException.badRequest("id", "id is required");
		}
		List<Locked> found = this.cypher.list(tx, this.queries.text("rectification/locked-task"), Map.of("id", id),
				(r) -> new Locked(GraphEntity.of(r.get("r")), r.get("responsibleOrg").asString(null),
						r.get("findingOrg").asString(null),
						r.get("lastVerdict").isNull() ? null : r.get("lastVerdict").asLocalDate(),
						r.get("verdicts").asList(org.neo4j.driver.Value::asString)));
		if (found.isEmpty()) {
			throw DomainException.notFound("id", id);
		}
		return found.get(0);
	}

	/** Reads the task under its lock, lets the check build the row, and writes it. */
	private GraphEntity change(String id, Caller caller,
			java.util.function.BiFunction<TransactionContext, Locked, Map<String, Object>> check) {
		return this.cypher.inWrite((tx) -> {
			Map<String, Object> row = check.apply(tx, locked(tx, id));
			this.writer.change(tx, RectificationModel.TASK, row, caller);
			return this.writer.read(tx, id);
		});
	}

	private static Map<String, Object> row(String id) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", id);
		return row;
	}

	static LocalDate date(String text, String field) {
		if (text == null || text.isBlank()) {
			throw DomainException.badRequest(field, field + " is required");
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw DomainException.badRequest(field, field + " must be a date like 2024-03-01, not '" + text + "'");
		}
	}

}
