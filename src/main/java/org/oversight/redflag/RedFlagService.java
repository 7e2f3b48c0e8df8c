package org.oversight.redflag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.oversight.explore.Edge;
import org.oversight.explore.Subgraph;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.security.Visibility;
import org.oversight.store.EntityStore;
import org.oversight.store.GraphEntity;
import org.springframework.stereotype.Service;

/**
 * Runs red-flag rules as a caller may see them: leads and cases the caller may not see
 * never match (the rules mark them {@code {{visible x}}}) and, as a second guard, never
 * appear in evidence.
 */
@Service
public class RedFlagService {

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final RuleRegistry registry;

	private final Scope scope;

	private final EntityStore store;

	RedFlagService(Cypher cypher, QueryCatalogue queries, RuleRegistry registry, Scope scope, EntityStore store) {
		this.cypher = cypher;
		this.queries = queries;
		this.registry = registry;
		this.scope = scope;
		this.store = store;
	}

	/**
	 * Whether the rule reads leads or cases (its Cypher marks the nodes it must not see
	 * {@code {{visible x}}}), so that its hits differ between callers.
	 */
	/** The codes of every rule in the catalogue. */
	List<String> ruleCodes() {
		return this.registry.select(null).stream().map(RedFlagRule::code).toList();
	}

	boolean readsGuarded(String code) {
		return this.registry.readsGuarded(code);
	}

	/** The hits of the request, rule by rule, strongest first within a rule. */
	public List<RedFlag> run(RedFlagRequest request, Visibility visibility) {
		List<RedFlagRule> rules = this.registry.select(request.rules());
		Map<RedFlagRule, Map<String, Object>> parameters = parameters(rules, request);
		Set<String> organizations = (request.scope() != null) ? this.scope.organizations(request.scope()) : null;
		List<RedFlag> hits = new ArrayList<>();
		for (RedFlagRule rule : rules) {
			hits.addAll(run(rule, parameters.get(rule), visibility));
		}
		if (organizations != null) {
			hits = inScope(hits, organizations);
		}
		return hits.subList(0, Math.min(hits.size(), request.first()));
	}

	private List<RedFlag> run(RedFlagRule rule, Map<String, Object> parameters, Visibility visibility) {
		String text = this.queries.text(rule.query(), visibility::allows);
		List<RedFlag> hits = this.cypher.read(text, visibility.with(parameters), (r) -> hit(rule, r));
		hits = hidingSensitive(hits, visibility);
		hits.sort(Comparator.comparingDouble(RedFlag::score).reversed().thenComparing(RedFlag::subject));
		return hits;
	}

	private static RedFlag hit(RedFlagRule rule, Record r) {
		Subgraph evidence = new Subgraph.Builder().add(r.get("nodes")).add(r.get("rels")).build(false);
		double score = r.get("score").isNull() ? 0 : r.get("score").asDouble();
		return new RedFlag(rule, r.get("subject").asString(), r.get("summary").asString(""), score, evidence);
	}

	/** Defence in depth: evidence loses any lead or case the caller may not see. */
	private List<RedFlag> hidingSensitive(List<RedFlag> hits, Visibility visibility) {
		Set<String> sensitive = new HashSet<>();
		hits.forEach((hit) -> hit.evidence()
			.nodes()
			.stream()
			.filter((n) -> org.oversight.security.AccessRules.guards(n.kind()))
			.forEach((n) -> sensitive.add(n.id())));
		if (sensitive.isEmpty() || visibility.role() == org.oversight.security.Role.ADMIN) {
			return new ArrayList<>(hits);
		}
		Set<String> seen = new HashSet<>();
		this.store.findAll(List.copyOf(sensitive), visibility)
			.stream()
			.filter((e) -> e != null)
			.forEach((e) -> seen.add(e.id()));
		Set<String> hidden = new HashSet<>(sensitive);
		hidden.removeAll(seen);
		List<RedFlag> kept = new ArrayList<>();
		for (RedFlag hit : hits) {
			if (!hidden.contains(hit.subject())) {
				kept.add(new RedFlag(hit.rule(), hit.subject(), hit.summary(), hit.score(),
						without(hit.evidence(), hidden)));
			}
		}
		return kept;
	}

	static Subgraph without(Subgraph graph, Set<String> ids) {
		List<GraphEntity> nodes = graph.nodes().stream().filter((n) -> !ids.contains(n.id())).toList();
		List<Edge> edges = graph.edges()
			.stream()
			.filter((e) -> !ids.contains(e.from()) && !ids.contains(e.to()))
			.toList();
		return new Subgraph(nodes, edges, graph.truncated());
	}

	private List<RedFlag> inScope(List<RedFlag> hits, Set<String> organizations) {
		Set<String> ids = new HashSet<>();
		hits.forEach((hit) -> hit.evidence().nodes().forEach((n) -> ids.add(n.id())));
		Set<String> members = ids.isEmpty() ? Set.of() : this.scope.members(ids, organizations);
		return hits.stream()
			.filter((hit) -> hit.evidence().nodes().stream().anyMatch((n) -> members.contains(n.id())))
			.toList();
	}

	/** Each rule's parameters: its defaults, the caller's overrides, and asOf. */
	private static Map<RedFlagRule, Map<String, Object>> parameters(List<RedFlagRule> rules, RedFlagRequest request) {
		Map<RedFlagRule, Map<String, Object>> all = new HashMap<>();
		for (RedFlagRule rule : rules) {
			Map<String, Object> params = new HashMap<>();
			rule.parameters().forEach((p) -> params.put(p.name(), p.bound(p.defaultValue())));
			params.put("asOf", request.asOf());
			all.put(rule, params);
		}
		for (RedFlagRequest.ParameterValue override : request.overrides()) {
			boolean used = false;
			for (RedFlagRule rule : rules) {
				if (override.rule() != null && !override.rule().equals(rule.code())) {
					continue;
				}
				RuleParameter parameter = rule.parameter(override.name());
				if (parameter != null) {
					String problem = parameter.problem(override.value());
					if (problem != null) {
						throw DomainException.badRequest("parameters", rule.code() + ": " + problem);
					}
					all.get(rule).put(parameter.name(), parameter.bound(override.value()));
					used = true;
				}
			}
			if (!used) {
				throw DomainException.badRequest("parameters",
						"No selected rule" + ((override.rule() != null) ? " '" + override.rule() + "'" : "")
								+ " has a parameter '" + override.name() + "'");
			}
		}
		return all;
	}

}
