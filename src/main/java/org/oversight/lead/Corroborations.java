package org.oversight.lead;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.oversight.explore.Subgraph;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.model.ErrorCode;
import org.oversight.store.GraphEntity;
import org.oversight.store.Page;
import org.oversight.security.Visibility;
import org.springframework.stereotype.Service;

/**
 * Corroboration (互相印证) of leads across teams and levels, computed when asked
 * ({@code queries/lead/corroborations.cypher}): links are always current with the leads'
 * links and, above all, with what the caller may see, where stored {@code CORROBORATES}
 * relationships would need upkeep on every link change and would themselves be one more
 * thing that could leak a hidden lead.
 */
@Service
public class Corroborations {

	private final Cypher cypher;

	private final QueryCatalogue queries;

	Corroborations(Cypher cypher, QueryCatalogue queries) {
		this.cypher = cypher;
		this.queries = queries;
	}

	/**
	 * The corroborations of one lead; NOT_FOUND when it does not exist or the caller may
	 * not see it.
	 */
	public Report of(String leadId, int first, Visibility visibility) {
		DomainException.requireWithin("first", first, Page.MAX_SIZE);
		boolean visible = leadId != null && !this.cypher
			.read(this.queries.text("lead/visible-leads", visibility::allows),
					visibility.with(Map.of("ids", List.of(leadId))), (r) -> r)
			.isEmpty();
		if (!visible) {
			throw new DomainException(ErrorCode.NOT_FOUND, "leadId", "No lead with id '" + leadId + "'");
		}
		Map<String, Object> params = new HashMap<>();
		params.put("leadId", leadId);
		params.put("limit", first);
		List<Corroboration> linked = this.cypher.read(this.queries.text("lead/corroborations", visibility::allows),
				visibility.with(params),
				(r) -> new Corroboration(GraphEntity.of(r.get("other")), r.get("score").asDouble(),
						r.get("distance").asInt(), r.get("acrossCommittees").asBoolean(), r.get("connections").asInt(),
						new Subgraph.Builder().add(r.get("evidence")).build(false)));
		return new Report(leadId, linked);
	}

	/**
	 * @param leadId the lead asked about
	 * @param linked the visible leads that corroborate it, best first; leads the caller
	 * may not see take no part, not even as a count
	 */
	public record Report(String leadId, List<Corroboration> linked) {
	}

	/**
	 * A visible lead of another team that corroborates the lead.
	 *
	 * @param lead the other lead
	 * @param score the rank (see the query file)
	 * @param distance the fewest hops between entities they touch (0: the same entity)
	 * @param acrossCommittees whether their rounds were conducted by different committees
	 * @param connections how many pairs of entities connect them
	 * @param path both leads, what they implicate and the connecting paths
	 */
	public record Corroboration(GraphEntity lead, double score, int distance, boolean acrossCommittees, int connections,
			Subgraph path) {
	}

}
