package org.oversight.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.model.EntityType;
import org.oversight.model.ErrorCode;
import org.oversight.model.LinkType;
import org.oversight.model.Model;
import org.oversight.security.Caller;
import org.oversight.store.EntityWriter;
import org.oversight.store.GraphEntity;
import org.oversight.store.Provenance;
import org.oversight.store.References;
import org.springframework.stereotype.Service;

/**
 * One authorization, one combination (一次一授权、一次一组合): a round, its teams drawn from the
 * committee's leader and talent pools, screened for recusal, and their targets, written
 * in one transaction through the model kernel, or nothing at all.
 */
@Service
class RoundPlanning {

	static final int MAX_TEAMS = 20;

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final EntityWriter writer;

	private final References references;

	private final Model model;

	private final Recusal recusal;

	RoundPlanning(Cypher cypher, QueryCatalogue queries, EntityWriter writer, References references, Model model,
			Recusal recusal) {
		this.cypher = cypher;
		this.queries = queries;
		this.writer = writer;
		this.references = references;
		this.model = model;
		this.recusal = recusal;
	}

	PlannedRound plan(PlanRoundInput input, Caller caller) {
		LocalDate start = Recusal.date(input.startDate(), "startDate");
		LocalDate end = Recusal.date(input.endDate(), "endDate");
		if (end.isBefore(start)) {
			throw DomainException.badRequest("endDate", "endDate " + end + " is before startDate " + start);
		}
		List<PlanRoundInput.Team> teams = (input.teams() != null) ? input.teams() : List.of();
		if (teams.isEmpty() || teams.size() > MAX_TEAMS) {
			throw DomainException.badRequest("teams",
					"A round is planned with 1 to " + MAX_TEAMS + " teams, not " + teams.size());
		}
		int years = Recusal.lookback(input.lookbackYears());
		checkIds(input, teams);
		Map<String, List<Map<String, Object>>> pools = pools(input.committeeId(), teams);
		Set<String> drawn = new HashSet<>();
		Set<String> inspected = new HashSet<>();
		List<Map<String, Object>> memberships = new ArrayList<>();
		for (PlanRoundInput.Team team : teams) {
			Recusal.requireFew(team.targetIds(), "targetIds");
			List<String> persons = new ArrayList<>();
			persons.add(team.leaderId());
			memberships.add(membership(team, team.leaderId(), "LEADER",
					drawFrom(pools, team.leaderId(), PoolKind.LEADER, null), start, end));
			for (PlanRoundInput.Member m : (team.members() != null) ? team.members()
					: List.<PlanRoundInput.Member>of()) {
				String role = (m.role() != null) ? m.role() : "MEMBER";
				if (role.equals("LEADER")) {
					throw DomainException.badRequest("role", "The leader of team " + team.id() + " is its leaderId; "
							+ m.personId() + " can be DEPUTY, MEMBER or LIAISON");
				}
				persons.add(m.personId());
				memberships.add(membership(team, m.personId(), role,
						drawFrom(pools, m.personId(), PoolKind.TALENT, m.specialty()), start, end));
			}
			Recusal.requireFew(persons, "members");
			for (String person : persons) {
				if (!drawn.add(person)) {
					throw DomainException.badRequest("members",
							person + " is named twice in the round: one person, one team (一次一组合)");
				}
			}
			for (String target : team.targetIds()) {
				if (!inspected.add(target)) {
					throw DomainException.badRequest("targetIds", target + " is a target of two teams of the round");
				}
			}
			screen(team, persons, start, years, RoundType.CROSS.name().equals(input.type()));
		}
		List<Overlap> overlaps = this.recusal.overlaps(List.copyOf(drawn), start, end, null);
		if (!overlaps.isEmpty()) {
			throw new DomainException(ErrorCode.CONFLICT_OF_INTEREST, "members",
					"Already on a team of an overlapping round: "
							+ String.join("; ", overlaps.stream().map(Overlap::summary).toList()));
		}
		return write(input, teams, memberships, start, end, caller);
	}

	private void checkIds(PlanRoundInput input, List<PlanRoundInput.Team> teams) {
		List<String> ids = new ArrayList<>(List.of(input.id()));
		teams.forEach((t) -> ids.add(t.id()));
		if (new HashSet<>(ids).size() != ids.size()) {
			throw DomainException.badRequest("teams", "The round and its teams need distinct ids: " + ids);
		}
		Map<String, String> taken = this.references.kinds(ids);
		for (String id : ids) {
			if (taken.containsKey(id)) {
				throw DomainException.badRequest("id", "The id '" + id + "' is taken");
			}
		}
		Map<String, String> committee = this.references.kinds(List.of(input.committeeId()));
		if (!"Organization".equals(committee.get(input.committeeId()))) {
			throw DomainException.notFound("committeeId", input.committeeId());
		}
		List<String> targets = teams.stream().flatMap((t) -> t.targetIds().stream()).distinct().toList();
		Map<String, String> kinds = this.references.kinds(targets);
		for (String target : targets) {
			if (!"Organization".equals(kinds.get(target))) {
				throw DomainException.notFound("targetIds", target);
			}
		}
	}

	/** The committee's pool rows of every person named, by person. */
	private Map<String, List<Map<String, Object>>> pools(String committee, List<PlanRoundInput.Team> teams) {
		List<String> persons = new ArrayList<>();
		for (PlanRoundInput.Team t : teams) {
			persons.add(t.leaderId());
			if (t.members() != null) {
				t.members().forEach((m) -> persons.add(m.personId()));
			}
		}
		Map<String, List<Map<String, Object>>> rows = new HashMap<>();
		this.cypher.read(this.queries.text("inspection/pool-members"),
				Map.of("committee", committee, "persons", persons.stream().distinct().toList()), (r) -> {
					Map<String, Object> row = new HashMap<>();
					row.put("pool", r.get("pool").asString());
					row.put("specialty", r.get("specialty").asString());
					row.put("available", r.get("available").isNull() || r.get("available").asBoolean());
					rows.computeIfAbsent(r.get("person").asString(), (k) -> new ArrayList<>()).add(row);
					return null;
				});
		return rows;
	}

	/**
	 * The specialty the person is drawn with from the pool; BAD_REQUEST naming the person
	 * when they are not in it, not available, or lack the specialty asked.
	 */
	private static String drawFrom(Map<String, List<Map<String, Object>>> pools, String person, PoolKind pool,
			String specialty) {
		List<Map<String, Object>> rows = pools.getOrDefault(person, List.of())
			.stream()
			.filter((r) -> pool.name().equals(r.get("pool")))
			.toList();
		String field = (pool == PoolKind.LEADER) ? "leaderId" : "members";
		if (rows.isEmpty()) {
			throw DomainException.badRequest(field,
					person + " is not in the committee's " + pool.name() + " pool (" + pool.zh() + ")");
		}
		if (rows.stream().noneMatch((r) -> (Boolean) r.get("available"))) {
			throw DomainException.badRequest(field,
					person + " is in the committee's " + pool.zh() + " but not available");
		}
		if (specialty == null) {
			return (String) rows.get(0).get("specialty");
		}
		if (rows.stream().noneMatch((r) -> specialty.equals(r.get("specialty")))) {
			throw DomainException.badRequest("specialty", person + " has no specialty " + specialty + " in the "
					+ pool.zh() + "; has " + rows.stream().map((r) -> r.get("specialty")).toList());
		}
		return specialty;
	}

	private void screen(PlanRoundInput.Team team, List<String> persons, LocalDate start, int years, boolean region) {
		List<Conflict> conflicts = this.recusal.screen(persons, team.targetIds(), start, years, region);
		if (!conflicts.isEmpty()) {
			throw new DomainException(ErrorCode.CONFLICT_OF_INTEREST, "members",
					"Team " + team.id() + " cannot be assembled: members must recuse (回避): "
							+ String.join("; ", conflicts.stream().map(Conflict::summary).toList()));
		}
	}

	private static Map<String, Object> membership(PlanRoundInput.Team team, String person, String role,
			String specialty, LocalDate start, LocalDate end) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("personId", person);
		row.put("teamId", team.id());
		row.put("role", role);
		row.put("specialty", Specialty.valueOf(specialty).zh());
		row.put("authorizedFrom", start);
		row.put("authorizedTo", end);
		return row;
	}

	private PlannedRound write(PlanRoundInput input, List<PlanRoundInput.Team> teams,
			List<Map<String, Object>> memberships, LocalDate start, LocalDate end, Caller caller) {
		EntityType roundType = this.model.requireEntity("InspectionRound");
		EntityType teamType = this.model.requireEntity("InspectionTeam");
		LinkType members = this.model.linkByFile("team_members.csv").orElseThrow();
		LinkType targets = this.model.linkByFile("team_targets.csv").orElseThrow();
		Provenance provenance = new Provenance("api", caller.name());
		Map<String, Object> round = new LinkedHashMap<>();
		round.put("id", input.id());
		round.put("name", input.name());
		round.put("committeeId", input.committeeId());
		round.put("type", input.type());
		round.put("termId", input.termId());
		round.put("number", (input.number() != null) ? input.number().longValue() : null);
		round.put("startDate", start);
		round.put("endDate", end);
		round.put("sector", input.sector());
		List<Map<String, Object>> teamRows = new ArrayList<>();
		List<Map<String, Object>> targetRows = new ArrayList<>();
		for (PlanRoundInput.Team team : teams) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", team.id());
			row.put("roundId", input.id());
			row.put("name", team.name());
			teamRows.add(row);
			for (String target : team.targetIds()) {
				targetRows.add(new LinkedHashMap<>(Map.of("teamId", team.id(), "orgId", target)));
			}
		}
		return this.cypher.inWrite((tx) -> {
			create(tx, roundType, List.of(round), provenance);
			create(tx, teamType, teamRows, provenance);
			this.writer.upsertLinks(tx, members, memberships, provenance);
			this.writer.upsertLinks(tx, targets, targetRows, provenance);
			List<String> ids = new ArrayList<>(List.of(input.id()));
			teams.forEach((t) -> ids.add(t.id()));
			Map<String, GraphEntity> read = new HashMap<>();
			this.cypher.list(tx, this.queries.text("inspection/planned-entities"), Map.of("ids", ids),
					(r) -> read.put(r.get("n").get("id").asString(), GraphEntity.of(r.get("n"))));
			return new PlannedRound(read.get(input.id()), teams.stream().map((t) -> read.get(t.id())).toList());
		});
	}

	private void create(TransactionContext tx, EntityType type, List<Map<String, Object>> rows, Provenance provenance) {
		this.writer.createNodes(tx, type, rows, provenance);
		this.writer.createReferences(tx, type, rows, provenance);
	}

}
