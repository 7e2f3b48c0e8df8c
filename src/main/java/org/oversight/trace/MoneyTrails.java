package org.oversight.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.oversight.explore.Subgraph;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.security.Visibility;
import org.springframework.stereotype.Service;

/**
 * Follows money hop by hop, each hop one query over the frontier: downstream, a transfer
 * counts only on or after the date money reached the account paying it (so the trail is
 * time-ordered); upstream, mirrored. From a fund or a project, public accounts pass on
 * only money tagged with it.
 */
@Service
public class MoneyTrails {

	public static final int MAX_HOPS = 6;

	/** Transfers one hop may return before the trail says it was cut. */
	static final int HOP_LIMIT = 5000;

	private static final Set<String> PERSONAL_INCOME = Set.of("SALARY", "SUBSIDY", "REFUND");

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final TrailStart starts;

	MoneyTrails(Cypher cypher, QueryCatalogue queries, TrailStart starts) {
		this.cypher = cypher;
		this.queries = queries;
		this.starts = starts;
	}

	public MoneyTrail follow(String from, boolean downstream, int maxHops, double minAmount, double tolerance,
			Visibility visibility) {
		DomainException.requireWithin("maxHops", maxHops, MAX_HOPS);
		if (minAmount < 0) {
			throw DomainException.badRequest("minAmount", "minAmount must not be negative, was " + minAmount);
		}
		if (tolerance < 0 || tolerance >= 1) {
			throw DomainException.badRequest("tolerance", "tolerance must be at least 0 and below 1, was " + tolerance);
		}
		TrailStart.Start start = this.starts.resolve(from, downstream, visibility);
		Walk walk = new Walk(start);
		List<Map<String, Object>> frontier = start.frontier();
		for (int hop = start.firstHop().isEmpty() ? 1 : 2; hop <= maxHops && !frontier.isEmpty(); hop++) {
			frontier = walk.step(hop, step(frontier, downstream, start, minAmount, visibility), downstream);
		}
		if (downstream) {
			addSubsidies(walk, start, minAmount, visibility);
		}
		addHolders(walk, visibility);
		return walk.result(downstream, tolerance);
	}

	private List<Record> step(List<Map<String, Object>> frontier, boolean downstream, TrailStart.Start start,
			double minAmount, Visibility visibility) {
		Map<String, Object> params = new HashMap<>();
		params.put("frontier", frontier);
		params.put("tagKey", start.tagKey());
		params.put("tag", start.tag());
		params.put("minAmount", minAmount);
		params.put("limit", HOP_LIMIT + 1);
		String name = downstream ? "trace/downstream-step" : "trace/upstream-step";
		return this.cypher.read(this.queries.text(name, visibility::allows), visibility.with(params), (r) -> r);
	}

	/**
	 * The subsidies paid to households out of the trail's accounts: where 惠民资金 ends, so
	 * the paying account (a finance office's, 村账乡代管) has not retained them.
	 */
	private void addSubsidies(Walk walk, TrailStart.Start start, double minAmount, Visibility visibility) {
		List<Map<String, Object>> frontier = new ArrayList<>();
		walk.since.forEach((id, since) -> {
			Map<String, Object> entry = new HashMap<>();
			entry.put("id", id);
			entry.put("since", since);
			frontier.add(entry);
		});
		Map<String, Object> params = new HashMap<>();
		params.put("frontier", frontier);
		params.put("tagKey", start.tagKey());
		params.put("tag", start.tag());
		params.put("minAmount", minAmount);
		params.put("limit", HOP_LIMIT + 1);
		List<Record> rows = this.cypher.read(this.queries.text("trace/subsidies", visibility::allows),
				visibility.with(params), (r) -> r);
		if (rows.size() > HOP_LIMIT) {
			walk.truncated = true;
			rows = rows.subList(0, HOP_LIMIT);
		}
		rows.forEach(walk::subsidy);
	}

	private void addHolders(Walk walk, Visibility visibility) {
		this.cypher
			.read(this.queries.text("trace/holders", visibility::allows),
					visibility.with(Map.of("ids", List.copyOf(walk.accounts.keySet()))), (r) -> r)
			.forEach(walk::holder);
	}

	/** The state of one trail as it grows. */
	private static final class Walk {

		final TrailStart.Start start;

		final Subgraph.Builder graph = new Subgraph.Builder();

		final Map<String, Node> accounts = new LinkedHashMap<>();

		final Map<String, Relationship> transfers = new LinkedHashMap<>();

		final Map<String, Integer> hopOf = new HashMap<>();

		final Map<String, Node> holders = new HashMap<>();

		final Map<String, String> levels = new HashMap<>();

		final Set<String> expanded = new HashSet<>();

		/** Each expanded account and the date money first reached it (null: any). */
		final Map<String, LocalDate> since = new LinkedHashMap<>();

		/** Subsidies paid to households out of each account. */
		final Map<String, Double> subsidies = new HashMap<>();

		boolean truncated;

		Walk(TrailStart.Start start) {
			this.start = start;
			start.nodes().forEach(this::account);
			start.firstHop().forEach((row) -> transfer(row, 1));
			start.frontier().forEach((f) -> {
				this.expanded.add((String) f.get("id"));
				this.since.put((String) f.get("id"), (LocalDate) f.get("since"));
			});
		}

		/** Takes one hop's rows and returns the next frontier. */
		List<Map<String, Object>> step(int hop, List<Record> rows, boolean downstream) {
			if (rows.size() > HOP_LIMIT) {
				this.truncated = true;
				rows = rows.subList(0, HOP_LIMIT);
			}
			Map<String, LocalDate> reached = new LinkedHashMap<>();
			for (Record row : rows) {
				if (transfer(row, hop)) {
					Node next = row.get(downstream ? "b" : "a").asNode();
					LocalDate date = row.get("t").get("date").asLocalDate(null);
					String id = next.get("id").asString();
					if (!this.expanded.contains(id)) {
						reached.merge(id, date, (x, y) -> pick(x, y, downstream));
					}
				}
			}
			List<Map<String, Object>> frontier = new ArrayList<>();
			reached.forEach((id, date) -> {
				this.expanded.add(id);
				this.since.put(id, date);
				Map<String, Object> entry = new HashMap<>();
				entry.put("id", id);
				entry.put(downstream ? "since" : "until", date);
				frontier.add(entry);
			});
			return frontier;
		}

		private static LocalDate pick(LocalDate x, LocalDate y, boolean downstream) {
			if (x == null || y == null) {
				return (x == null) ? y : x;
			}
			return (downstream == x.isBefore(y)) ? x : y;
		}

		boolean transfer(Record row, int hop) {
			Relationship t = row.get("t").asRelationship();
			String id = t.get("id").asString();
			if (this.transfers.containsKey(id)) {
				return false;
			}
			account(row.get("a").asNode());
			account(row.get("b").asNode());
			this.transfers.put(id, t);
			this.hopOf.put(id, hop);
			this.graph.relationship(t);
			return true;
		}

		void account(Node node) {
			this.accounts.putIfAbsent(node.get("id").asString(), node);
			this.graph.node(node);
		}

		void subsidy(Record row) {
			Relationship s = row.get("s").asRelationship();
			this.subsidies.merge(row.get("a").get("id").asString(), s.get("amount").asDouble(), Double::sum);
			this.graph.node(row.get("h").asNode()).relationship(s);
		}

		void holder(Record row) {
			Node holder = row.get("holder").asNode();
			String account = row.get("a").get("id").asString();
			this.holders.put(account, holder);
			this.levels.put(account, row.get("level").asString());
			this.graph.node(holder).relationship(row.get("h").asRelationship());
		}

		MoneyTrail result(boolean downstream, double tolerance) {
			return new TrailFigures(this.start, this.accounts, this.transfers, this.hopOf, this.holders, this.levels,
					this.subsidies)
				.trail(downstream ? "DOWNSTREAM" : "UPSTREAM", this.graph.build(this.truncated), tolerance,
						PERSONAL_INCOME);
		}

	}

}
