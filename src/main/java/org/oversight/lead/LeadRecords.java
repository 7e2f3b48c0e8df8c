package org.oversight.lead;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.EntityType;
import org.oversight.model.LinkType;
import org.oversight.model.Model;
import org.oversight.security.Caller;
import org.oversight.store.EntityWriter;
import org.oversight.store.Provenance;
import org.springframework.stereotype.Component;

/**
 * The one way the clue chain is written: typed records of leads, cases and sanctions,
 * sent through the model kernel's {@link EntityWriter} (which stamps provenance and
 * version and writes references as the model declares them), and the append-only steps of
 * their histories through the named statements of {@code queries/lead/}. Callers check
 * first, inside the same transaction; nothing here decides who may write.
 */
@Component
class LeadRecords {

	private final EntityWriter writer;

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final EntityType leads;

	private final EntityType cases;

	private final EntityType sanctions;

	private final LinkType implications;

	private final LinkType subjects;

	private final LinkType leaders;

	LeadRecords(EntityWriter writer, Cypher cypher, QueryCatalogue queries, Model model) {
		this.writer = writer;
		this.cypher = cypher;
		this.queries = queries;
		this.leads = model.requireEntity("Lead");
		this.cases = model.requireEntity("Case");
		this.sanctions = model.requireEntity("Sanction");
		this.implications = model.linkByFile("lead_links.csv").orElseThrow();
		this.subjects = model.linkByFile("case_subjects.csv").orElseThrow();
		this.leaders = model.linkByFile("case_leaders.csv").orElseThrow();
	}

	/** A new lead, as posted by a team. */
	record NewLead(String id, String teamId, LeadSource source, LocalDate createdDate, String findingId, String orgId,
			String summary, String name) {

		Map<String, Object> row() {
			Map<String, Object> row = new HashMap<>();
			row.put("id", this.id);
			row.put("teamId", this.teamId);
			row.put("leadSource", this.source.name());
			row.put("status", LeadStatus.OPEN.name());
			row.put("createdDate", this.createdDate);
			row.put("findingId", this.findingId);
			row.put("orgId", this.orgId);
			row.put("summary", this.summary);
			row.put("name", this.name);
			return row;
		}

	}

	/**
	 * A step of a lead: its new status and what came with it; a null disposal, receiving
	 * body or green channel leaves the value as it is.
	 */
	record LeadChange(String id, LeadStatus status, Disposal disposal, String transferredTo, Boolean greenChannel) {

		Map<String, Object> row() {
			Map<String, Object> row = new HashMap<>();
			row.put("id", this.id);
			row.put("status", this.status.name());
			if (this.disposal != null) {
				row.put("disposal", this.disposal.name());
			}
			if (this.transferredTo != null) {
				row.put("transferredTo", this.transferredTo);
			}
			if (this.greenChannel != null) {
				row.put("greenChannel", this.greenChannel);
			}
			return row;
		}

	}

	/** A case opened from a lead (立案). */
	record NewCase(String id, LocalDate openedDate, String leadId, String handledBy, String name) {

		Map<String, Object> row() {
			Map<String, Object> row = new HashMap<>();
			row.put("id", this.id);
			row.put("openedDate", this.openedDate);
			row.put("leadId", this.leadId);
			row.put("handledBy", this.handledBy);
			row.put("status", CaseStatus.OPEN.name());
			row.put("name", this.name);
			return row;
		}

	}

	/** A step of a case; the closing date only with {@code CLOSED}. */
	record CaseChange(String id, CaseStatus status, LocalDate closedDate) {

		Map<String, Object> row() {
			Map<String, Object> row = new HashMap<>();
			row.put("id", this.id);
			row.put("status", this.status.name());
			if (this.closedDate != null) {
				row.put("closedDate", this.closedDate);
			}
			return row;
		}

	}

	/** A sanction, in a case or (outside one) following from a finding. */
	record NewSanction(String id, String personId, SanctionType type, LocalDate date, String caseId, String findingId,
			String name, String reason) {

		Map<String, Object> row() {
			Map<String, Object> row = new HashMap<>();
			row.put("id", this.id);
			row.put("personId", this.personId);
			row.put("type", this.type.name());
			row.put("date", this.date);
			row.put("caseId", this.caseId);
			row.put("findingId", this.findingId);
			row.put("name", this.name);
			row.put("reason", this.reason);
			return row;
		}

	}

	/** One step of a lead's history. */
	record LeadStep(String leadId, LeadStatus from, LeadLifecycle step, String reason, Disposal disposal,
			String transferTo, Boolean greenChannel, String caseId) {
	}

	void create(TransactionContext tx, NewLead lead, List<LeadPosting.Implication> implicates, Caller caller) {
		Provenance provenance = provenance(caller);
		List<Map<String, Object>> rows = List.of(lead.row());
		this.writer.createNodes(tx, this.leads, rows, provenance);
		this.writer.createReferences(tx, this.leads, rows, provenance);
		List<Map<String, Object>> links = implicates.stream()
			.map((i) -> Map.<String, Object>of("leadId", lead.id(), "entityId", i.entityId(), "role", i.role()))
			.toList();
		this.writer.createLinks(tx, this.implications, links, provenance);
	}

	void change(TransactionContext tx, LeadChange change, Caller caller) {
		this.writer.upsertEntities(tx, this.leads, List.of(change.row()), provenance(caller), caller.visibility());
	}

	void create(TransactionContext tx, NewCase kase, List<String> subjectIds, List<String> leaderIds, Caller caller) {
		Provenance provenance = provenance(caller);
		List<Map<String, Object>> rows = List.of(kase.row());
		this.writer.createNodes(tx, this.cases, rows, provenance);
		this.writer.createReferences(tx, this.cases, rows, provenance);
		this.writer.createLinks(tx, this.subjects, persons(kase.id(), subjectIds), provenance);
		this.writer.createLinks(tx, this.leaders, persons(kase.id(), leaderIds), provenance);
	}

	void change(TransactionContext tx, CaseChange change, Caller caller) {
		this.writer.upsertEntities(tx, this.cases, List.of(change.row()), provenance(caller), caller.visibility());
	}

	void create(TransactionContext tx, NewSanction sanction, Caller caller) {
		Provenance provenance = provenance(caller);
		List<Map<String, Object>> rows = List.of(sanction.row());
		this.writer.createNodes(tx, this.sanctions, rows, provenance);
		this.writer.createReferences(tx, this.sanctions, rows, provenance);
	}

	void append(TransactionContext tx, LeadStep step, Caller caller) {
		Map<String, Object> params = new HashMap<>();
		params.put("lead", step.leadId());
		params.put("from", step.from().name());
		params.put("to", step.step().to().name());
		params.put("step", step.step().name());
		params.put("by", caller.name());
		params.put("reason", step.reason());
		params.put("disposal", (step.disposal() != null) ? step.disposal().name() : null);
		params.put("transferTo", step.transferTo());
		params.put("green", step.greenChannel());
		params.put("caseId", step.caseId());
		this.cypher.list(tx, this.queries.text("lead/append-step"), params, (r) -> r);
	}

	void append(TransactionContext tx, String caseId, CaseLifecycle step, String reason, Caller caller) {
		Map<String, Object> params = new HashMap<>();
		params.put("case", caseId);
		params.put("from", step.from().name());
		params.put("to", step.to().name());
		params.put("step", step.name());
		params.put("by", caller.name());
		params.put("reason", reason);
		this.cypher.list(tx, this.queries.text("lead/append-case-step"), params, (r) -> r);
	}

	/** Which of the ids are taken, and by what kind. */
	Map<String, String> kinds(TransactionContext tx, List<String> ids) {
		Map<String, String> kinds = new HashMap<>();
		this.cypher.list(tx, this.queries.text("lead/existing"), Map.of("ids", ids),
				(r) -> kinds.put(r.get("id").asString(), r.get("kind").asString()));
		return kinds;
	}

	private static List<Map<String, Object>> persons(String caseId, List<String> personIds) {
		return personIds.stream().map((p) -> Map.<String, Object>of("caseId", caseId, "personId", p)).toList();
	}

	private static Provenance provenance(Caller caller) {
		return new Provenance("api", caller.name());
	}

}
