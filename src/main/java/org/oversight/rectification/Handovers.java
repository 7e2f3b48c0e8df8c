package org.oversight.rectification;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.oversight.finding.FindingCategory;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.CodeList;
import org.oversight.model.DomainException;
import org.oversight.model.EntityType;
import org.oversight.model.Model;
import org.oversight.security.Caller;
import org.oversight.store.GraphEntity;
import org.oversight.store.References;
import org.springframework.stereotype.Service;

/**
 * Hand-overs to the competent department (移交行业主管部门): problems of one kind, found across
 * units, handed to a department of the graph; its answer; and the rules it made because
 * of them (建章立制). Written through the model kernel's writer like the ledger.
 */
@Service
class Handovers {

	/** The organization kinds that can be a sector's competent department. */
	static final Set<String> REGULATOR_KINDS = Set.of("DEPARTMENT", "ORG_DEPARTMENT", "DISCIPLINE_BODY");

	/**
	 * Why a finding of another category is refused: the API and the import
	 * ({@link LedgerRules}) say it alike.
	 */
	static final String OF_ONE_KIND = "a hand-over carries problems of one kind (分类移交)";

	private static final CodeList CATEGORIES = CodeList.of(FindingCategory.class);

	private final LedgerWriter writer;

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final References references;

	private final Model model;

	Handovers(LedgerWriter writer, Cypher cypher, QueryCatalogue queries, References references, Model model) {
		this.writer = writer;
		this.cypher = cypher;
		this.queries = queries;
		this.references = references;
		this.model = model;
	}

	GraphEntity handOver(HandoverInput input, Caller caller) {
		Checks.exists(this.references, caller, "regulatorId", "Organization", input.regulatorId(), true);
		requireRegulator(input.regulatorId());
		if (input.category() == null || !CATEGORIES.contains(input.category())) {
			throw DomainException.badRequest("category",
					"category must be one of " + String.join(", ", CATEGORIES.codes()));
		}
		List<String> findings = (input.findingIds() != null) ? List.copyOf(input.findingIds()) : List.of();
		if (findings.isEmpty()) {
			throw DomainException.badRequest("findingIds", "A hand-over carries at least one finding");
		}
		requireOfKind(findings, input.category());
		LocalDate day = Checks.notFuture(Ledger.date(input.handedDate(), "handedDate"), "handedDate");
		String id = (input.id() != null && !input.id().isBlank()) ? input.id().strip()
				: "HND-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		if (this.references.kinds(List.of(id)).containsKey(id)) {
			throw DomainException.badRequest("id", "The id '" + id + "' is taken");
		}
		Handover handover = new Handover(id, input.regulatorId(), day, input.category(), Checks.strip(input.name()),
				Checks.strip(input.summary()));
		return this.cypher.inWrite((tx) -> {
			this.writer.create(tx, RectificationModel.HANDOVER_TYPE, handover.row(), caller);
			for (String finding : findings) {
				Map<String, Object> row = new HashMap<>();
				row.put("handoverId", id);
				row.put("findingId", finding);
				this.writer.link(tx, RectificationModel.HANDOVER_FINDINGS, row, caller);
			}
			return this.writer.read(tx, id);
		});
	}

	/** The department's answer (反馈): what it did with the problems handed over. */
	GraphEntity answer(String id, String answer, String date, Caller caller) {
		GraphEntity handover = handover(id, "id", caller);
		Checks.text(answer, "answer");
		LocalDate day = Checks.notFuture(Ledger.date(date, "date"), "date");
		notBeforeHandOver(handover, day);
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", id);
		row.put("answer", answer.strip());
		row.put("answeredDate", day);
		return this.cypher.inWrite((tx) -> {
			this.writer.change(tx, RectificationModel.HANDOVER_TYPE, row, caller);
			return this.writer.read(tx, id);
		});
	}

	/**
	 * A rule the department made or revised because of the hand-over (建章立制): issued by
	 * the department, counted with the rules revised.
	 */
	GraphEntity recordFix(String handoverId, String id, String name, String issuedDate, Caller caller) {
		GraphEntity handover = handover(handoverId, "handoverId", caller);
		Checks.text(name, "name");
		LocalDate day = Checks.notFuture(Ledger.date(issuedDate, "issuedDate"), "issuedDate");
		notBeforeHandOver(handover, day);
		String fixId = (id != null && !id.isBlank()) ? id.strip()
				: "FIX-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		if (this.references.kinds(List.of(fixId)).containsKey(fixId)) {
			throw DomainException.badRequest("id", "The id '" + fixId + "' is taken");
		}
		EntityType fix = this.model.requireEntity("InstitutionalFix");
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", fixId);
		row.put("name", name.strip());
		row.put("orgId", regulatorOf(handoverId));
		row.put("issuedDate", day);
		row.put("handoverId", handoverId);
		return this.cypher.inWrite((tx) -> {
			this.writer.create(tx, fix, row, caller);
			return this.writer.read(tx, fixId);
		});
	}

	private GraphEntity handover(String id, String field, Caller caller) {
		Checks.exists(this.references, caller, field, RectificationModel.HANDOVER, id, true);
		return this.cypher
			.read(this.queries.text("rectification/entity"), Map.of("id", id), (r) -> GraphEntity.of(r.get("n")))
			.get(0);
	}

	private String regulatorOf(String handoverId) {
		return this.cypher
			.read(this.queries.text("rectification/regulator-of"), Map.of("id", handoverId),
					(r) -> r.get("id").asString())
			.get(0);
	}

	private static void notBeforeHandOver(GraphEntity handover, LocalDate day) {
		LocalDate handed = LocalDate.parse(handover.get("handedDate").toString());
		if (day.isBefore(handed)) {
			throw DomainException.badRequest("date", day + " is before the hand-over (" + handed + ")");
		}
	}

	/**
	 * A department, not a unit being inspected or a committee: a free name never gets
	 * here.
	 */
	private void requireRegulator(String id) {
		GraphEntity org = this.cypher
			.read(this.queries.text("rectification/entity"), Map.of("id", id), (r) -> GraphEntity.of(r.get("n")))
			.get(0);
		if (!REGULATOR_KINDS.contains(String.valueOf(org.get("orgKind")))) {
			throw DomainException.badRequest("regulatorId", org.name() + " (" + id + ") is a " + org.get("orgKind")
					+ ", not a competent department (DEPARTMENT, ORG_DEPARTMENT or DISCIPLINE_BODY)");
		}
	}

	private void requireOfKind(List<String> findings, String category) {
		Map<String, String> found = new HashMap<>();
		this.cypher.read(this.queries.text("rectification/handover-findings"), Map.of("ids", findings),
				(r) -> found.put(r.get("id").asString(), r.get("category").asString(null)));
		for (String finding : findings) {
			if (!found.containsKey(finding)) {
				throw DomainException.notFound("findingIds", finding);
			}
			if (!category.equals(found.get(finding))) {
				throw DomainException.badRequest("findingIds",
						"Finding " + finding + " is " + found.get(finding) + ", not " + category + ": " + OF_ONE_KIND);
			}
		}
	}

}
