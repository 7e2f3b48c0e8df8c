package org.oversight.algorithm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.oversight.explore.Subgraph;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.security.Visibility;
import org.oversight.store.EntityStore;
import org.oversight.store.GraphEntity;
import org.oversight.store.Page;
import org.springframework.stereotype.Service;

/**
 * Rings, brokers and similar organizations. Each algorithm runs on a projection made for
 * the request and dropped after it; the projections hold persons, companies, accounts and
 * organizations only, never a lead or a case, so no answer can reveal one whatever the
 * caller's role.
 */
@Service
public class AlgorithmService {

	/** Members and ties returned per ring; bigger rings say {@code truncated}. */
	static final int MAX_RING_MEMBERS = 200;

	static final int MAX_RING_EDGES = 1000;

	static final int MAX_MIN_SIZE = 10_000;

	/** Scored brokers looked through for those within a scope. */
	static final int SCOPED_CANDIDATES = 2000;

	/** Above this many nodes, betweenness starts from a fixed-seed sample of sources. */
	static final long BETWEENNESS_SAMPLE = 5000;

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final EntityStore store;

	private final GdsProcedures gds;

	AlgorithmService(Cypher cypher, QueryCatalogue queries, EntityStore store, GdsProcedures gds) {
		this.cypher = cypher;
		this.queries = queries;
		this.store = store;
		this.gds = gds;
	}

	/**
	 * Communities of persons, companies and private accounts, those mixing officials and
	 * contracted companies first.
	 * @param scope an organization: only rings with an official or a supplier under it;
	 * or null
	 */
	public List<Ring> rings(CommunityMethod method, int minSize, int first, String scope, Visibility visibility) {
		checkFirst(first);
		if (minSize < 2 || minSize > MAX_MIN_SIZE) {
			throw DomainException.badRequest("minSize",
					"minSize must be between 2 and " + MAX_MIN_SIZE + ", was " + minSize);
		}
		requireOrganization(scope, visibility);
		this.gds.ensure();
		List<Map<String, Object>> communities = Projection.with(this.cypher, this.queries, "algorithm/rings-project",
				(tx, graph) -> this.cypher.list(tx, this.queries.text(method.query()),
						Map.of("graph", graph.name(), "minSize", minSize), (r) -> Map.of("community",
								r.get("community").asLong(), "members", r.get("members").asList((v) -> v.asString()))));
		if (communities.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("rings", communities);
		params.put("scope", scope);
		params.put("first", first);
		params.put("maxMembers", MAX_RING_MEMBERS);
		params.put("maxEdges", MAX_RING_EDGES);
		return this.cypher.read(this.queries.text("algorithm/ring-details"), params, AlgorithmService::ring);
	}

	private static Ring ring(Record r) {
		int size = r.get("size").asInt();
		int edges = r.get("edgeCount").asInt();
		Subgraph subgraph = new Subgraph.Builder().add(r.get("nodes"))
			.add(r.get("edges"))
			.build(size > MAX_RING_MEMBERS || edges > MAX_RING_EDGES);
		return new Ring(r.get("community").asLong(), size, r.get("officials").asInt(), r.get("suppliers").asInt(),
				subgraph);
	}

	/**
	 * Persons and companies that stand between others, best first, with the jurisdictions
	 * of the officials and suppliers around them.
	 * @param scope an organization: only brokers with an official or a supplier of an
	 * organization under it within two ties; or null
	 */
	public List<Broker> brokers(BrokerMeasure measure, int first, String scope, Visibility visibility) {
		checkFirst(first);
		requireOrganization(scope, visibility);
		this.gds.ensure();
		int candidates = (scope != null) ? SCOPED_CANDIDATES : first;
		List<Map<String, Object>> scored = Projection.with(this.cypher, this.queries, "algorithm/brokers-project",
				(tx, graph) -> this.cypher.list(tx, this.queries.text(measure.query()),
						Map.of("graph", graph.name(), "config", config(measure, graph), "candidates", candidates),
						(r) -> Map.of("id", r.get("id").asString(), "score", r.get("score").asDouble())));
		if (scored.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("candidates", scored);
		params.put("scope", scope);
		params.put("first", first);
		return this.cypher.read(this.queries.text("algorithm/broker-details"), params,
				(r) -> new Broker(GraphEntity.of(r.get("entity")), r.get("score").asDouble(),
						r.get("officialCounties").asList((v) -> v.asString()),
						r.get("supplierCounties").asList((v) -> v.asString()), r.get("crossCounty").asBoolean()));
	}

	private static Map<String, Object> config(BrokerMeasure measure, Projection.Projected graph) {
		if (measure == BrokerMeasure.BETWEENNESS && graph.nodes() > BETWEENNESS_SAMPLE) {
			// Exact betweenness costs nodes x relationships; a fixed seed keeps answers
			// repeatable.
			return Map.of("samplingSize", BETWEENNESS_SAMPLE, "samplingSeed", 42L);
		}
		return Map.of();
	}

	/**
	 * Organizations whose findings fall into the same categories in similar numbers, most
	 * similar first.
	 */
	public List<SimilarOrganization> similarOrganizations(String id, int first, Visibility visibility) {
		checkFirst(first);
		if (id == null || id.isBlank()) {
			throw DomainException.badRequest("id", "Give the id of an organization");
		}
		requireOrganization(id, "id", visibility);
		return this.cypher.read(this.queries.text("algorithm/similar-organizations"), Map.of("id", id, "first", first),
				(r) -> new SimilarOrganization(GraphEntity.of(r.get("organization")), r.get("similarity").asDouble(),
						new ArrayList<>(r.get("shared").asList((v) -> v.asString()))));
	}

	private static void checkFirst(int first) {
		DomainException.requireWithin("first", first, Page.MAX_SIZE);
	}

	private void requireOrganization(String scope, Visibility visibility) {
		if (scope != null) {
			requireOrganization(scope, "scope", visibility);
		}
	}

	private void requireOrganization(String id, String argument, Visibility visibility) {
		GraphEntity entity = this.store.find(id, visibility);
		if (entity == null) {
			throw DomainException.notFound(argument, id);
		}
		if (!"Organization".equals(entity.kind())) {
			throw DomainException.badRequest(argument, "'" + id + "' is a " + entity.kind() + ", not an Organization");
		}
	}

}
