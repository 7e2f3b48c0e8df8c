package org.oversight.rectification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.oversight.graph.Cypher;
import org.oversight.security.Caller;
import org.oversight.security.Role;
import org.oversight.store.GraphEntity;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The ledger's mutations (administrators and analysts, like every edit of the graph) and
 * the fields derived from it: overdue by date, verifications, accountability.
 */
@Controller
class LedgerController {

	private static final List<String> CLOSED = List.of("DONE", "VERIFIED");

	private final Ledger ledger;

	private final Cypher cypher;

	LedgerController(Ledger ledger, Cypher cypher) {
		this.ledger = ledger;
		this.cypher = cypher;
	}

	private static Caller editor(DataFetchingEnvironment env) {
		return Caller.of(env).require(Role.ADMIN, Role.ANALYST);
	}

	@MutationMapping
	GraphEntity addRectificationTask(@Argument TaskInput input, DataFetchingEnvironment env) {
		return this.ledger.add(input, editor(env));
	}

	@MutationMapping
	GraphEntity completeRectification(@Argument String id, @Argument String evidence, @Argument String completedDate,
			DataFetchingEnvironment env) {
		return this.ledger.complete(id, evidence, completedDate, editor(env));
	}

	@MutationMapping
	GraphEntity verifyRectification(@Argument String id, @Argument String roundId, @Argument boolean passed,
			@Argument String note, DataFetchingEnvironment env) {
		return this.ledger.verify(id, roundId, passed, note, editor(env));
	}

	@MutationMapping
	GraphEntity linkAccountability(@Argument String sanctionId, @Argument String rectificationId,
			DataFetchingEnvironment env) {
		return this.ledger.linkAccountability(sanctionId, rectificationId, editor(env));
	}

	/**
	 * Overdue on a day (default today): not DONE or VERIFIED and the deadline before it.
	 */
	@SchemaMapping(typeName = "Rectification")
	boolean overdue(GraphEntity task, @Argument String asOf) {
		LocalDate day = (asOf != null) ? Ledger.date(asOf, "asOf") : LocalDate.now();
		Object deadline = task.get("deadline");
		return deadline != null && !CLOSED.contains(String.valueOf(task.get("status")))
				&& LocalDate.parse(deadline.toString()).isBefore(day);
	}

	@SchemaMapping(typeName = "Rectification")
	int failedVerifications(GraphEntity task) {
		Object failed = task.get("failedVerifications");
		return (failed instanceof Number n) ? n.intValue() : 0;
	}

	@BatchMapping(typeName = "Rectification")
	Map<GraphEntity, List<Verification>> verifications(List<GraphEntity> tasks) {
		Map<String, List<Verification>> byId = new java.util.HashMap<>();
		this.cypher.read("""
				UNWIND $ids AS id MATCH (r:Rectification {id: id})-[v:VERIFIED_IN]->(round:InspectionRound)
				WITH id, v, round ORDER BY v.recordedAt
				RETURN id, collect({round: round.id, passed: v.passed, note: v.note, date: toString(v.date),
				  by: v.by}) AS items""", Map.of("ids", tasks.stream().map(GraphEntity::id).toList()),
				(r) -> byId.put(r.get("id").asString(),
						r.get("items")
							.asList((v) -> new Verification(v.get("round").asString(), v.get("passed").asBoolean(),
									v.get("note").asString(null), v.get("date").asString(),
									v.get("by").asString(null)))));
		Map<GraphEntity, List<Verification>> result = new java.util.LinkedHashMap<>();
		tasks.forEach((t) -> result.put(t, byId.getOrDefault(t.id(), List.of())));
		return result;
	}

	@BatchMapping(typeName = "Rectification")
	Map<GraphEntity, List<GraphEntity>> accountability(List<GraphEntity> tasks) {
		Map<String, List<GraphEntity>> byId = new java.util.HashMap<>();
		this.cypher.read("""
				UNWIND $ids AS id MATCH (s:Sanction)-[:ANSWERS]->(r:Rectification {id: id})
				WITH id, s ORDER BY s.id
				RETURN id, collect(s) AS items""", Map.of("ids", tasks.stream().map(GraphEntity::id).toList()),
				(r) -> byId.put(r.get("id").asString(), r.get("items").asList(GraphEntity::of)));
		Map<GraphEntity, List<GraphEntity>> result = new java.util.LinkedHashMap<>();
		tasks.forEach((t) -> result.put(t, byId.getOrDefault(t.id(), List.of())));
		return result;
	}

}
