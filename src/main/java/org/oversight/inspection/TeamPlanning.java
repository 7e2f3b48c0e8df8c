package org.oversight.inspection;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.oversight.audit.AuditLog;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.model.ErrorCode;
import org.oversight.model.LinkType;
import org.oversight.model.Model;
import org.oversight.security.Caller;
import org.oversight.store.EntityWriter;
import org.oversight.store.GraphEntity;
import org.oversight.store.Provenance;
import org.springframework.stereotype.Service;

/**
 * Recusal screening of teams and the assignment of members to a team for one round
 * (一次一授权): a conflicted member is refused unless an override reason is given, which is
 * recorded on the membership and in the audit trail. The tie is written by the model
 * kernel's writer, like every workflow write.
 */
@Service
class TeamPlanning {

	/** The link file of team membership (MEMBER_OF), whose type the writer writes. */
	private static final String TEAM_MEMBERS = "team_members.csv";

	private final Cypher cypher;

	private final Recusal recusal;

	private final AuditLog audit;

	private final QueryCatalogue queries;

	private final EntityWriter writer;

	private final Model model;

	TeamPlanning(Cypher cypher, Recusal recusal, AuditLog audit, QueryCatalogue queries, EntityWriter writer,
			Model model) {
		this.cypher = cypher;
		this.recusal = recusal;
		this.audit = audit;
		this.queries = queries;
		this.writer = writer;
		this.model = model;
	}

	/**
	 * Screens a team (its members against its targets, on its round's start) or any
	 * members against any targets; explicit lists replace the team's.
	 */
	RecusalReport check(String teamId, List<String> memberIds, List<String> targetIds, String asOf,
			Integer lookbackYears, Boolean includeRegion) {
		int years = Recusal.lookback(lookbackYears);
		Recusal.requireFew(memberIds, "memberIds");
		Recusal.requireFew(targetIds, "targetIds");
		TeamContext team = (teamId != null) ? team(teamId) : null;
		if (team == null && (memberIds == null || targetIds == null)) {
			throw DomainException.badRequest("teamId", "Give a teamId, or both memberIds and targetIds");
		}
		List<String> members = (memberIds != null) ? existing(memberIds, "Person", "memberIds") : team.members();
		List<String> targets = (targetIds != null) ? existing(targetIds, "Organization", "targetIds") : team.targets();
		LocalDate day = (asOf != null) ? Recusal.date(asOf, "asOf") : (team != null) ? team.asOf() : LocalDate.now();
		boolean region = (includeRegion != null) ? includeRegion : team != null && team.cross();
		Recusal.Screening screening = this.recusal.screen(members, targets, day, years, region, Recusal.MAX_PATHS);
		List<Overlap> overlaps = (team != null && asOf == null)
				? this.recusal.overlaps(members, team.asOf(), team.until(), team.teamId())
				: this.recusal.overlaps(members, day, day, (team != null) ? team.teamId() : null);
		return new RecusalReport(day.toString(), day.minusYears(years).toString(), members, targets,
				screening.conflicts(), screening.truncated(), overlaps);
	}

	/** Adds or updates a membership; see {@link AssignMemberInput}. */
	Assignment assign(AssignMemberInput input, Caller caller) {
		TeamContext team = team(input.teamId());
		existing(List.of(input.personId()), "Person", "personId");
		LocalDate from = (input.authorizedFrom() != null) ? Recusal.date(input.authorizedFrom(), "authorizedFrom")
				: null;
		LocalDate to = (input.authorizedTo() != null) ? Recusal.date(input.authorizedTo(), "authorizedTo") : null;
		withinRound(team, from, "authorizedFrom");
		withinRound(team, to, "authorizedTo");
		if (from != null && to != null && to.isBefore(from)) {
			throw DomainException.badRequest("authorizedTo",
					"authorizedTo " + to + " is before authorizedFrom " + from);
		}
		int years = Recusal.lookback(input.lookbackYears());
		List<Conflict> conflicts = this.recusal.screen(List.of(input.personId()), team.targets(), team.asOf(), years,
				team.cross());
		String reason = (input.overrideReason() != null && !input.overrideReason().isBlank())
				? input.overrideReason().strip() : null;
		List<Overlap> overlaps = this.recusal.overlaps(List.of(input.personId()), (from != null) ? from : team.asOf(),
				(to != null) ? to : team.until(), team.teamId());
		List<String> summaries = new java.util.ArrayList<>(conflicts.stream().map(Conflict::summary).toList());
		overlaps.stream().map(Overlap::summary).forEach(summaries::add);
		boolean refused = !summaries.isEmpty();
		if (refused && reason == null) {
			throw new DomainException(ErrorCode.CONFLICT_OF_INTEREST, "overrideReason",
					"The person has ties to the team's targets or is on another team of an overlapping round, and must "
							+ "recuse (回避) unless an overrideReason is given: " + String.join("; ", summaries));
		}
		Map<String, Object> membership = write(input, from, to, refused ? reason : null, summaries, caller);
		if (refused) {
			List<String> ids = new java.util.ArrayList<>(List.of(input.personId(), input.teamId()));
			conflicts.stream().map((c) -> c.target().id()).distinct().forEach(ids::add);
			overlaps.stream().map((o) -> o.team().id()).distinct().forEach(ids::add);
			this.audit.record(caller.name(), "recusal-override", ids,
					"override: " + reason + " | " + String.join("; ", summaries), caller.remote());
		}
		return new Assignment(membership, conflicts, overlaps, refused);
	}

	/**
	 * Writes the tie through the model kernel's writer, which stamps its provenance like
	 * every other tie (a later assignment that changes it is stamped as an update); what
	 * an override keeps beside its reason, the conflicts overridden and who overrode them
	 * when, follows in the same transaction.
	 */
	private Map<String, Object> write(AssignMemberInput input, LocalDate from, LocalDate to, String reason,
			List<String> conflicts, Caller caller) {
		LinkType members = this.model.linkByFile(TEAM_MEMBERS).orElseThrow();
		Map<String, Object> row = new HashMap<>();
		row.put("personId", input.personId());
		row.put("teamId", input.teamId());
		row.put("role", input.role());
		row.put("specialty", input.specialty());
		row.put("authorizedFrom", from);
		row.put("authorizedTo", to);
		row.put("overrideReason", reason);
		Map<String, Object> override = new HashMap<>();
		override.put("person", input.personId());
		override.put("team", input.teamId());
		override.put("conflicts", (reason != null) ? conflicts : null);
		override.put("user", (reason != null) ? caller.name() : null);
		return this.cypher.inWrite((tx) -> {
			this.writer.upsertLinks(tx, members, List.of(row), new Provenance("api", caller.name()));
			return this.cypher.list(tx, this.queries.text("inspection/membership"), override, (r) -> {
				Map<String, Object> tie = new java.util.LinkedHashMap<>(GraphEntity.plain(r.get("m").asMap()));
				tie.put("person", GraphEntity.of(r.get("p")));
				tie.put("team", GraphEntity.of(r.get("t")));
				return tie;
			}).get(0);
		});
	}

	private static void withinRound(TeamContext team, LocalDate day, String field) {
		if (day == null) {
			return;
		}
		if ((team.start() != null && day.isBefore(team.start())) || (team.end() != null && day.isAfter(team.end()))) {
			throw DomainException.badRequest(field, field + " " + day + " lies outside the round " + team.roundId()
					+ " (" + team.start() + " – " + team.end() + "): an authorization is valid for that round only");
		}
	}

	/** The team with its round, members and targets; NOT_FOUND for an unknown id. */
	TeamContext team(String teamId) {
		List<TeamContext> found = this.cypher.read(this.queries.text("inspection/team"), Map.of("team", teamId),
				(r) -> new TeamContext(teamId, r.get("round").asString(), r.get("type").asString(null),
						localDate(r.get("start")), localDate(r.get("end")), sorted(r.get("members")),
						sorted(r.get("targets"))));
		if (found.isEmpty()) {
			throw DomainException.notFound("teamId", teamId);
		}
		return found.get(0);
	}

	/**
	 * The ids, each checked to be an entity of the kind; NOT_FOUND names the first not.
	 */
	List<String> existing(List<String> ids, String kind, String field) {
		List<String> known = this.cypher
			.read(this.queries.text("inspection/of-kind"), Map.of("ids", ids, "kind", kind),
					(r) -> r.get("ids").asList(Value::asString))
			.get(0);
		for (String id : ids) {
			if (!known.contains(id)) {
				throw DomainException.notFound(field, id);
			}
		}
		return ids.stream().distinct().toList();
	}

	private static LocalDate localDate(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}

	private static List<String> sorted(Value value) {
		return value.asList(Value::asString).stream().sorted().toList();
	}

}
