package org.oversight.inspection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.store.GraphEntity;
import org.springframework.stereotype.Service;

/**
 * Matches the targets of a joint inspection to their counterparts: same organization kind
 * and same sector, in the rounds joint with the round.
 */
@Service
class JointInspection {

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final TeamPlanning teams;

	JointInspection(Cypher cypher, QueryCatalogue queries, TeamPlanning teams) {
		this.cypher = cypher;
		this.queries = queries;
		this.teams = teams;
	}

	JointView view(String roundId) {
		this.teams.existing(List.of(roundId), "InspectionRound", "roundId");
		GraphEntity round = this.cypher
			.read(this.queries.text("inspection/round"), Map.of("round", roundId), (r) -> GraphEntity.of(r.get("r")))
			.get(0);
		List<JointView.Target> own = new ArrayList<>();
		List<JointView.Target> partner = new ArrayList<>();
		this.cypher.read(this.queries.text("inspection/joint-targets"), Map.of("round", roundId), (r) -> {
			JointView.Target t = new JointView.Target(GraphEntity.of(r.get("round")),
					GraphEntity.of(r.get("organization")), r.get("found").asLong());
			return ("own".equals(r.get("side").asString()) ? own : partner).add(t);
		});
		own.sort((a, b) -> a.organization().id().compareTo(b.organization().id()));
		partner
			.sort((a, b) -> (a.round().id() + a.organization().id()).compareTo(b.round().id() + b.organization().id()));
		List<JointView.Row> rows = new ArrayList<>();
		List<JointView.Target> matched = new ArrayList<>();
		for (JointView.Target t : own) {
			List<JointView.Target> counterparts = partner.stream().filter((p) -> counterpart(t, p)).toList();
			matched.addAll(counterparts);
			rows.add(new JointView.Row((String) t.organization().get("sector"), t, counterparts));
		}
		Map<String, GraphEntity> partners = new LinkedHashMap<>();
		partner.forEach((p) -> partners.putIfAbsent(p.round().id(), p.round()));
		List<JointView.Target> unmatched = partner.stream().filter((p) -> !matched.contains(p)).toList();
		return new JointView(round, List.copyOf(partners.values()), rows, unmatched);
	}

	private static boolean counterpart(JointView.Target a, JointView.Target b) {
		return Objects.equals(a.organization().get("orgKind"), b.organization().get("orgKind"))
				&& Objects.equals(a.organization().get("sector"), b.organization().get("sector"));
	}

}
