package org.oversight.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.model.LinkType;
import org.oversight.model.Model;
import org.oversight.security.Caller;
import org.oversight.store.EntityWriter;
import org.oversight.store.Provenance;
import org.oversight.store.GraphEntity;
import org.springframework.stereotype.Service;

/**
 * Proposes cross inspection (交叉巡察): each county team of a round inspects another county,
 * with no reciprocal pair (A→B and B→A) and no member who must recuse for the county it
 * inspects. The proposal is deterministic: teams in order of home county and id, counties
 * tried in ring order after the team's own, the first assignment covering the most teams
 * wins.
 */
@Service
class CrossInspection {

	/** A bound on the search, far above what a city's counties need. */
	private static final int MAX_STEPS = 1_000_000;

	/** Most counties one proposal may be asked to spread teams over. */
	static final int MAX_COUNTIES = 50;

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final Recusal recusal;

	private final TeamPlanning teams;

	private final EntityWriter writer;

	private final Model model;

	CrossInspection(Cypher cypher, QueryCatalogue queries, Recusal recusal, TeamPlanning teams, EntityWriter writer,
			Model model) {
		this.cypher = cypher;
		this.queries = queries;
		this.recusal = recusal;
		this.teams = teams;
		this.writer = writer;
		this.model = model;
	}

	/**
	 * Applies the proposal: each proposed team targets its county (the county's
	 * committee, with everything below it inspected through it), in one transaction
	 * through the model kernel. Refused, with nothing written, when there is no pair or a
	 * proposed team has targets already.
	 */
	CrossProposal apply(String roundId, List<String> countyIds, Integer lookbackYears, Caller caller) {
		CrossProposal proposal = propose(roundId, countyIds, lookbackYears);
		if (proposal.pairs().isEmpty()) {
			throw DomainException.badRequest("roundId", "No cross pair can be proposed for " + roundId
					+ ": see proposeCrossInspection for the excluded pairs");
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (CrossPair pair : proposal.pairs()) {
			List<String> targets = this.teams.team(pair.team().id()).targets();
			if (!targets.isEmpty()) {
				throw DomainException.badRequest("roundId", "Team " + pair.team().id() + " already has targets "
						+ targets + ": a cross proposal is applied to teams without targets");
			}
			rows.add(new LinkedHashMap<>(Map.of("teamId", pair.team().id(), "orgId", pair.toCounty().id())));
		}
		LinkType targets = this.model.linkByFile("team_targets.csv").orElseThrow();
		Provenance provenance = new Provenance("api", caller.name());
		this.cypher.inWrite((tx) -> this.writer.upsertLinks(tx, targets, rows, provenance));
		return proposal;
	}

	CrossProposal propose(String roundId, List<String> countyIds, Integer lookbackYears) {
		int years = Recusal.lookback(lookbackYears);
		if (countyIds != null && countyIds.size() > MAX_COUNTIES) {
			throw DomainException.limit("countyIds",
					"countyIds may name at most " + MAX_COUNTIES + " counties, named " + countyIds.size());
		}
		this.teams.existing(List.of(roundId), "InspectionRound", "roundId");
		List<Candidate> candidates = new ArrayList<>();
		Map<String, GraphEntity> counties = new LinkedHashMap<>();
		LocalDate[] day = { LocalDate.now() };
		this.cypher.read(this.queries.text("inspection/team-home-counties"), Map.of("round", roundId), (r) -> {
			GraphEntity home = GraphEntity.of(r.get("home"));
			candidates.add(new Candidate(GraphEntity.of(r.get("team")), home));
			if (home != null && countyIds == null) {
				counties.putIfAbsent(home.id(), home);
			}
			day[0] = r.get("start").asLocalDate();
			return null;
		});
		if (countyIds != null) {
			this.teams.existing(countyIds, "Organization", "countyIds");
			this.cypher
				.read(this.queries.text("inspection/organizations"), Map.of("ids", countyIds),
						(r) -> GraphEntity.of(r.get("o")))
				.forEach((o) -> counties.put(o.id(), o));
		}
		List<String> countyList = counties.keySet().stream().sorted().toList();
		List<Candidate> placed = candidates.stream()
			.filter((c) -> c.home() != null)
			.sorted(Comparator.comparing((Candidate c) -> c.home().id()).thenComparing((c) -> c.team().id()))
			.toList();
		Map<String, List<Conflict>> conflicts = conflicts(placed, countyList, day[0], years);
		Map<String, String> repeated = previousPairs(roundId);
		int[] chosen = new Search(placed, countyList, conflicts, repeated.keySet()).run();
		return proposal(placed, candidates, countyList, counties, conflicts, repeated, chosen);
	}

	/** The previous cross round's pairs, {@code from|to} → that round's id. */
	private Map<String, String> previousPairs(String roundId) {
		Map<String, String> pairs = new LinkedHashMap<>();
		this.cypher.read(this.queries.text("inspection/previous-cross-pairs"), Map.of("round", roundId), (r) -> pairs
			.put(r.get("from").asString() + "|" + r.get("to").asString(), r.get("previous").asString()));
		return pairs;
	}

	/** Conflicts by {@code teamId|countyId}, from one screening of every member. */
	private Map<String, List<Conflict>> conflicts(List<Candidate> placed, List<String> counties, LocalDate day,
			int years) {
		Map<String, List<String>> members = new LinkedHashMap<>();
		for (Candidate c : placed) {
			members.put(c.team().id(), this.teams.team(c.team().id()).members());
		}
		Set<String> everyone = new LinkedHashSet<>();
		members.values().forEach(everyone::addAll);
		List<Conflict> all = this.recusal.screen(List.copyOf(everyone), counties, day, years, true);
		Map<String, List<Conflict>> byPair = new LinkedHashMap<>();
		members.forEach((team, people) -> all.stream()
			.filter((c) -> people.contains(c.member().id()))
			.forEach((c) -> byPair.computeIfAbsent(team + "|" + c.target().id(), (k) -> new ArrayList<>()).add(c)));
		return byPair;
	}

	private static CrossProposal proposal(List<Candidate> placed, List<Candidate> all, List<String> countyList,
			Map<String, GraphEntity> counties, Map<String, List<Conflict>> conflicts, Map<String, String> repeated,
			int[] chosen) {
		List<CrossPair> pairs = new ArrayList<>();
		List<CrossPair> excluded = new ArrayList<>();
		List<GraphEntity> unassigned = new ArrayList<>();
		for (int i = 0; i < placed.size(); i++) {
			Candidate c = placed.get(i);
			if (chosen[i] >= 0) {
				pairs.add(new CrossPair(c.team(), c.home(), counties.get(countyList.get(chosen[i])), null, null,
						List.of()));
			}
			else {
				unassigned.add(c.team());
			}
			for (int k = 0; k < countyList.size(); k++) {
				String county = countyList.get(k);
				if (k == chosen[i] || county.equals(c.home().id())) {
					continue;
				}
				CrossPair left = excluded(i, k, placed, countyList, counties, conflicts, repeated, chosen);
				if (left != null) {
					excluded.add(left);
				}
			}
		}
		all.stream().filter((c) -> c.home() == null).forEach((c) -> unassigned.add(c.team()));
		return new CrossProposal(pairs, excluded, unassigned);
	}

	private static CrossPair excluded(int i, int k, List<Candidate> placed, List<String> countyList,
			Map<String, GraphEntity> counties, Map<String, List<Conflict>> conflicts, Map<String, String> repeated,
			int[] chosen) {
		Candidate c = placed.get(i);
		String county = countyList.get(k);
		GraphEntity to = counties.get(county);
		List<Conflict> found = conflicts.getOrDefault(c.team().id() + "|" + county, List.of());
		if (!found.isEmpty()) {
			return new CrossPair(c.team(), c.home(), to, CrossPair.Exclusion.CONFLICT_OF_INTEREST,
					found.size() + " conflict(s): " + String.join("; ", found.stream().map(Conflict::summary).toList()),
					found);
		}
		String previous = repeated.get(c.home().id() + "|" + county);
		if (previous != null) {
			return new CrossPair(c.team(), c.home(), to, CrossPair.Exclusion.REPEATED,
					"a team of " + c.home().id() + " inspected " + county + " in the previous cross round " + previous,
					List.of());
		}
		for (int j = 0; j < placed.size(); j++) {
			if (chosen[j] >= 0 && placed.get(j).home().id().equals(county)
					&& countyList.get(chosen[j]).equals(c.home().id())) {
				return new CrossPair(c.team(), c.home(), to, CrossPair.Exclusion.RECIPROCAL,
						placed.get(j).team().id() + " of " + county + " is proposed to inspect " + c.home().id() + "; "
								+ c.home().id() + "→" + county + " would make the pair reciprocal",
						List.of());
			}
		}
		for (int j = 0; j < placed.size(); j++) {
			if (j != i && chosen[j] == k) {
				return new CrossPair(c.team(), c.home(), to, CrossPair.Exclusion.TARGET_TAKEN,
						placed.get(j).team().id() + " is proposed to inspect " + county, List.of());
			}
		}
		return null;
	}

	/** A team and its home county (null when unknown). */
	record Candidate(GraphEntity team, GraphEntity home) {
	}

	/**
	 * Depth-first search for the assignment covering most teams: each team gets at most
	 * one county other than its own, each county at most one team, no conflicts, no
	 * reciprocal pair.
	 */
	private static final class Search {

		private final List<Candidate> teams;

		private final List<String> counties;

		private final List<List<Integer>> options = new ArrayList<>();

		private final int[] current;

		private final boolean[] taken;

		private int[] best;

		private int bestCount = -1;

		private int steps;

		Search(List<Candidate> teams, List<String> counties, Map<String, List<Conflict>> conflicts,
				Set<String> repeated) {
			this.teams = teams;
			this.counties = counties;
			this.current = new int[teams.size()];
			this.taken = new boolean[counties.size()];
			java.util.Arrays.fill(this.current, -1);
			this.best = this.current.clone();
			for (Candidate c : teams) {
				int home = counties.indexOf(c.home().id());
				List<Integer> ring = new ArrayList<>();
				for (int step = 1; step <= counties.size(); step++) {
					int k = Math.floorMod(((home >= 0) ? home : -1) + step, counties.size());
					String county = counties.get(k);
					if (!county.equals(c.home().id()) && !ring.contains(k)
							&& !conflicts.containsKey(c.team().id() + "|" + county)
							&& !repeated.contains(c.home().id() + "|" + county)) {
						ring.add(k);
					}
				}
				this.options.add(ring);
			}
		}

		int[] run() {
			if (!this.teams.isEmpty() && !this.counties.isEmpty()) {
				search(0, 0);
			}
			return this.best;
		}

		private void search(int i, int assigned) {
			if (++this.steps > MAX_STEPS || this.bestCount == this.teams.size()
					|| assigned + (this.teams.size() - i) <= this.bestCount) {
				return;
			}
			if (i == this.teams.size()) {
				this.bestCount = assigned;
				this.best = this.current.clone();
				return;
			}
			for (int k : this.options.get(i)) {
				if (!this.taken[k] && !reciprocal(i, k)) {
					this.current[i] = k;
					this.taken[k] = true;
					search(i + 1, assigned + 1);
					this.taken[k] = false;
					this.current[i] = -1;
				}
			}
			search(i + 1, assigned);
		}

		/** Whether an earlier team of county k is already inspecting team i's county. */
		private boolean reciprocal(int i, int k) {
			String home = this.teams.get(i).home().id();
			for (int j = 0; j < i; j++) {
				if (this.current[j] >= 0 && this.teams.get(j).home().id().equals(this.counties.get(k))
						&& this.counties.get(this.current[j]).equals(home)) {
					return true;
				}
			}
			return false;
		}

	}

}
