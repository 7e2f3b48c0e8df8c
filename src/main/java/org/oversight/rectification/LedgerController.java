package org.oversight.rectification;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
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

	private final QueryCatalogue queries;

	LedgerController(Ledger ledger, Cypher cypher, QueryCatalogue queries) {
		this.ledger = ledger;
		this.cypher = cypher;
		this.queries = queries;
	}

	static Caller editor(DataFetchingEnvironment env) {
		return Caller.of(env).require(Role.ADMIN, Role.ANALYST);
	}

	@MutationMapping
	GraphEntity addRectificationTask(@Argument TaskInput input, DataFetchingEnvironment env) {
		return this.ledger.add(input, editor(env));
	}

	@MutationMapping
	GraphEntity completeRectification(@Argument String id, @Argument String evidence, @Argument String completedDate,
			@Argument String effect, DataFetchingEnvironment env) {
		return this.ledger.complete(id, evidence, completedDate, effect, editor(env));
	}

	@MutationMapping
	GraphEntity verifyRectification(@Argument String id, @Argument String roundId, @Argument boolean passed,
			@Argument String note, @Argument String date, @Argument String newDeadline, DataFetchingEnvironment env) {
		return this.ledger.verify(new Verdict(id, roundId, passed, note, date, newDeadline), editor(env));
	}

	@MutationMapping
	GraphEntity superviseRectification(@Argument String id, @Argument String supervisorId, @Argument String supervision,
			DataFetchingEnvironment env) {
		return this.ledger.supervise(id, supervisorId, supervision, editor(env));
	}

	@MutationMapping
	GraphEntity signRectification(@Argument String id, @Argument String secretaryId, @Argument String date,
			DataFetchingEnvironment env) {
		return this.ledger.sign(id, secretaryId, date, editor(env));
	}

	@MutationMapping
	GraphEntity publishRectification(@Argument String id, @Argument String date, @Argument String where,
			DataFetchingEnvironment env) {
		return this.ledger.publish(id, date, where, editor(env));
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

	@BatchMapping(typeName = "Rectification")
	Map<GraphEntity, Integer> failedVerifications(List<GraphEntity> tasks) {
		Map<GraphEntity, List<Verification>> all = verifications(tasks);
		Map<GraphEntity, Integer> result = new LinkedHashMap<>();
		all.forEach((t, list) -> result.put(t, (int) list.stream().filter((v) -> !v.passed()).count()));
		return result;
	}

	@BatchMapping(typeName = "Rectification")
	Map<GraphEntity, List<Verification>> verifications(List<GraphEntity> tasks) {
		Map<String, List<Verification>> byId = new HashMap<>();
		this.cypher.read(this.queries.text("rectification/verifications"),
				Map.of("ids", tasks.stream().map(GraphEntity::id).toList()),
				(r) -> byId.put(r.get("id").asString(),
						r.get("items")
							.asList((v) -> new Verification(r.get("id").asString(), v.get("round").asString(),
									LocalDate.parse(v.get("date").asString()), v.get("passed").asBoolean(),
									v.get("note").asString(null), date(v.get("newDeadline").asString(null)),
									v.get("by").asString(null), date(v.get("completedDate").asString(null)),
									date(v.get("previousDeadline").asString(null))))));
		Map<GraphEntity, List<Verification>> result = new LinkedHashMap<>();
		tasks.forEach((t) -> result.put(t, byId.getOrDefault(t.id(), List.of())));
		return result;
	}

	@BatchMapping(typeName = "Rectification")
	Map<GraphEntity, List<GraphEntity>> accountability(List<GraphEntity> tasks) {
		Map<String, List<GraphEntity>> byId = new HashMap<>();
		this.cypher.read(this.queries.text("rectification/accountability"),
				Map.of("ids", tasks.stream().map(GraphEntity::id).toList()),
				(r) -> byId.put(r.get("id").asString(), r.get("items").asList(GraphEntity::of)));
		Map<GraphEntity, List<GraphEntity>> result = new LinkedHashMap<>();
		tasks.forEach((t) -> result.put(t, byId.getOrDefault(t.id(), List.of())));
		return result;
	}

	private static LocalDate date(String text) {
		return (text != null) ? LocalDate.parse(text) : null;
	}

}
