package org.oversight.redflag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.oversight.audit.AuditLog;
import org.oversight.security.Caller;
import org.oversight.security.Role;
import org.oversight.store.EntityStore;
import org.oversight.store.GraphEntity;
import org.oversight.store.Page;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code redFlags}, {@code redFlagRules}, {@code alerts}, {@code runRedFlags} and
 * {@code updateAlert}, {@code assignAlert}. Every signed-in role may run rules (seeing
 * only its own leads); only analysts and administrators keep or triage alerts.
 */
@Controller
class RedFlagController {

	private final RedFlagService engine;

	private final AlertService alerts;

	private final RuleRegistry registry;

	private final EntityStore store;

	private final AuditLog audit;

	RedFlagController(RedFlagService engine, AlertService alerts, RuleRegistry registry, EntityStore store,
			AuditLog audit) {
		this.engine = engine;
		this.alerts = alerts;
		this.registry = registry;
		this.store = store;
		this.audit = audit;
	}

	@QueryMapping
	List<RedFlag> redFlags(@Argument List<String> rules, @Argument String scope, @Argument String asOf,
			@Argument Integer first, @Argument List<Map<String, Object>> parameters, DataFetchingEnvironment env) {
		Caller caller = Caller.of(env);
		List<RedFlag> hits = this.engine.run(RedFlagRequest.of(rules, scope, asOf, first, overrides(parameters)),
				caller.visibility());
		auditSensitiveReads(caller, hits);
		return hits;
	}

	@QueryMapping
	Collection<RedFlagRule> redFlagRules() {
		return this.registry.all();
	}

	@QueryMapping
	List<Alert> alerts(@Argument Alert.Status status, @Argument String rule, @Argument String assignee,
			@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		return this.alerts.list(status, rule, assignee, Page.of(first, after), Caller.visibility(env));
	}

	@MutationMapping
	AlertService.Run runRedFlags(@Argument List<String> rules, @Argument String scope, @Argument String asOf,
			@Argument List<Map<String, Object>> parameters, DataFetchingEnvironment env) {
		Caller caller = Caller.of(env).require(Role.ANALYST, Role.ADMIN);
		return this.alerts.run(RedFlagRequest.of(rules, scope, asOf, RedFlagRequest.MAX_FIRST, overrides(parameters)),
				caller.visibility(), caller.name());
	}

	@MutationMapping
	Alert updateAlert(@Argument String id, @Argument Alert.Status status, @Argument String reason,
			@Argument String assignee, DataFetchingEnvironment env) {
		Caller caller = Caller.of(env).require(Role.ANALYST, Role.ADMIN);
		return this.alerts.update(id, status, reason, assignee, caller.visibility(), caller.name());
	}

	@MutationMapping
	Alert assignAlert(@Argument String id, @Argument String assignee, DataFetchingEnvironment env) {
		Caller caller = Caller.of(env).require(Role.ANALYST, Role.ADMIN);
		return this.alerts.assign(id, assignee, caller.visibility(), caller.name());
	}

	@SchemaMapping(typeName = "RedFlag")
	String rule(RedFlag hit) {
		return hit.rule().code();
	}

	@SchemaMapping(typeName = "RedFlag")
	String ruleZh(RedFlag hit) {
		return hit.rule().titleZh();
	}

	@SchemaMapping(typeName = "RedFlag")
	String title(RedFlag hit) {
		return hit.rule().title();
	}

	@SchemaMapping(typeName = "RedFlag")
	String severity(RedFlag hit) {
		return hit.rule().severity();
	}

	@BatchMapping(typeName = "RedFlag")
	Map<RedFlag, GraphEntity> subjectEntity(List<RedFlag> hits, GraphQLContext context) {
		Map<String, GraphEntity> found = this.store
			.findAll(hits.stream().map(RedFlag::subject).distinct().toList(), Caller.of(context).visibility())
			.stream()
			.filter((e) -> e != null)
			.collect(Collectors.toMap(GraphEntity::id, Function.identity(), (a, b) -> a));
		Map<RedFlag, GraphEntity> out = new java.util.LinkedHashMap<>();
		hits.forEach((hit) -> out.put(hit, found.get(hit.subject())));
		return out;
	}

	@SchemaMapping(typeName = "Alert")
	String ruleZh(Alert alert) {
		RedFlagRule rule = this.registry.find(alert.rule());
		return (rule != null) ? rule.titleZh() : alert.rule();
	}

	@SchemaMapping(typeName = "RuleParameter", field = "default")
	double defaultValue(RuleParameter parameter) {
		return parameter.defaultValue();
	}

	private static List<RedFlagRequest.ParameterValue> overrides(List<Map<String, Object>> parameters) {
		List<RedFlagRequest.ParameterValue> overrides = new ArrayList<>();
		if (parameters != null) {
			for (Map<String, Object> p : parameters) {
				overrides.add(new RedFlagRequest.ParameterValue((String) p.get("rule"), (String) p.get("name"),
						((Number) p.get("value")).doubleValue()));
			}
		}
		return overrides;
	}

	/** Reads of leads and cases are audited, also when they come as evidence. */
	private void auditSensitiveReads(Caller caller, List<RedFlag> hits) {
		List<String> ids = hits.stream()
			.flatMap((hit) -> hit.evidence().nodes().stream())
			.filter((n) -> org.oversight.security.AccessRules.guards(n.kind()))
			.map(GraphEntity::id)
			.distinct()
			.toList();
		if (!ids.isEmpty()) {
			this.audit.record(caller.name(), "read", ids, "ok", caller.remote());
		}
	}

}
