package org.oversight.algorithm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.neo4j.driver.Record;
import org.oversight.explore.Subgraph;
import org.oversight.graph.Cypher;
import org.oversight.graph.Deadline;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.security.Visibility;
import org.oversight.store.EntityStore;
import org.oversight.store.GraphEntity;
import org.oversight.store.Page;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
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

	/** How long an algorithm result is reused while the graph's counts stay the same. */
	private final Duration cacheFor;

	/**
	 * Algorithm results by what was run: role-free, as leads and cases are never in them.
	 */
	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	/**
	 * Runs under way, by what is run; each is shared by every request that asks for it.
	 */
	private final Map<String, CompletableFuture<List<Map<String, Object>>>> computing = new ConcurrentHashMap<>();

	/**
	 * Runs the algorithms away from the request threads, so that a request waits only as
	 * long as its deadline allows (GDS notices a terminated transaction only now and
	 * then, and a request that waited for another's run could not be cut at all), while
	 * the run goes on and its result serves the next request. Two at most: each uses a
	 * core.
	 */
	private final ThreadPoolExecutor runner = runner();

	AlgorithmService(Cypher cypher, QueryCatalogue queries, EntityStore store, GdsProcedures gds,
			@Value("${oversight.algorithm.cache-for:5m}") Duration cacheFor) {
		this.cypher = cypher;
		this.queries = queries;
		this.store = store;
		this.gds = gds;
		this.cacheFor = cacheFor;
	}

	private static ThreadPoolExecutor runner() {
		CustomizableThreadFactory threads = new CustomizableThreadFactory("algorithm-");
		threads.setDaemon(true);
		ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(),
				threads);
		pool.allowCoreThreadTimeOut(true);
		return pool;
	}

	@PreDestroy
	void stop() {
		this.runner.shutdownNow();
	}

	/**
	 * The result of an algorithm run, computed once and reused while the projected part
	 * of the graph keeps its counts and for at most
	 * {@code oversight.algorithm.cache-for}: the projection and the algorithm are the
	 * expensive part (seconds on a city), the details per request are cheap. Concurrent
	 * requests for the same run share one computation, and each waits for it within its
	 * own deadline ({@link Deadline#await}); a request that runs out of time answers
	 * {@code LIMIT_EXCEEDED} and a later one finds the result.
	 */
	private List<Map<String, Object>> cached(String key, Supplier<List<Map<String, Object>>> run) {
		List<Object> stamp = this.cypher
			.read(this.queries.text("algorithm/graph-stamp"), Map.of(),
					(r) -> r.get("stamp").asList((v) -> (Object) v.asLong()))
			.get(0);
		Cached hit = fresh(key, stamp);
		if (hit != null) {
			return hit.result();
		}
		CompletableFuture<List<Map<String, Object>>> mine = new CompletableFuture<>();
		CompletableFuture<List<Map<String, Object>>> running = this.computing.putIfAbsent(key, mine);
		if (running == null) {
			running = mine;
			this.runner.execute(() -> compute(key, stamp, run, mine));
		}
		return Deadline.await(running);
	}

	private void compute(String key, List<Object> stamp, Supplier<List<Map<String, Object>>> run,
			CompletableFuture<List<Map<String, Object>>> result) {
		try {
			// A run that ended while this one was being queued left its result.
			Cached hit = fresh(key, stamp);
			List<Map<String, Object>> computed = (hit != null) ? hit.result() : List.copyOf(run.get());
			this.cache.put(key, new Cached(stamp, Instant.now(), computed));
			result.complete(computed);
		}
		catch (Throwable ex) {
			result.completeExceptionally(ex);
		}
		finally {
			this.computing.remove(key, result);
		}
	}

	private Cached fresh(String key, List<Object> stamp) {
		Cached hit = this.cache.get(key);
		boolean fresh = hit != null && hit.stamp().equals(stamp) && hit.at().plus(this.cacheFor).isAfter(Instant.now());
		return fresh ? hit : null;
	}

	private record Cached(List<Object> stamp, Instant at, List<Map<String, Object>> result) {
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
		// Every community of two or more is computed once; minSize is applied to the
		// cached
		// list.
		List<Map<String, Object>> communities = cached("rings:" + method,
				() -> this.gds.ensured(() -> Projection.with(this.cypher, this.queries, "algorithm/rings-project",
						(tx, graph) -> this.cypher.list(tx, this.queries.text(method.query()),
								Map.of("graph", graph.name(), "minSize", 2),
								(r) -> Map.of("community", r.get("community").asLong(), "members",
										r.get("members").asList((v) -> v.asString()))))))
			.stream()
			.filter((c) -> ((List<?>) c.get("members")).size() >= minSize)
			.toList();
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
		// The best SCOPED_CANDIDATES are computed once; an unscoped request takes the
		// first
		// of them (the same as asking for first, in the same order).
		List<Map<String, Object>> all = cached("brokers:" + measure,
				() -> this.gds.ensured(() -> Projection.with(this.cypher, this.queries, "algorithm/brokers-project",
						(tx, graph) -> this.cypher.list(tx, this.queries.text(measure.query()),
								Map.of("graph", graph.name(), "config", config(measure, graph), "candidates",
										SCOPED_CANDIDATES),
								(r) -> Map.of("id", r.get("id").asString(), "score", r.get("score").asDouble())))));
		List<Map<String, Object>> scored = (scope != null) ? all : all.subList(0, Math.min(first, all.size()));
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
