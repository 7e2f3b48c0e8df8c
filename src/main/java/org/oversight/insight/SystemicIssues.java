package org.oversight.insight;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.oversight.finding.FindingCategory;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.CodeList;
import org.oversight.model.DomainException;
import org.oversight.organization.Sector;
import org.oversight.rectification.CompetentDepartments;
import org.oversight.security.Visibility;
import org.oversight.store.GraphEntity;
import org.oversight.store.Page;
import org.springframework.stereotype.Service;

/**
 * Systemic issues by sector, and the persons, companies and accounts common to the cases
 * of several organizations.
 */
@Service
public class SystemicIssues {

	private static final CodeList SECTORS = CodeList.of(Sector.class);

	private static final CodeList CATEGORIES = CodeList.of(FindingCategory.class);

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final InsightService insight;

	private final CompetentDepartments departments;

	SystemicIssues(Cypher cypher, QueryCatalogue queries, InsightService insight, CompetentDepartments departments) {
		this.cypher = cypher;
		this.queries = queries;
		this.insight = insight;
		this.departments = departments;
	}

	public List<SystemicIssue> issues(int minOrgs, double minShare, String termId, List<String> roundIds,
			Visibility visibility) {
		return issues(minOrgs, minShare, termId, roundIds, null, false, visibility);
	}

	/**
	 * @param committeeId with termId: a county's committee below the term's, its rounds
	 * of the term's dates (as the figures take them)
	 * @param combined with termId: also the rounds of the party committees below (市县合计)
	 */
	public List<SystemicIssue> issues(int minOrgs, double minShare, String termId, List<String> roundIds,
			String committeeId, boolean combined, Visibility visibility) {
		if (minOrgs < 1) {
			throw DomainException.badRequest("minOrgs", "minOrgs must be at least 1, was " + minOrgs);
		}
		if (minShare < 0 || minShare > 1) {
			throw DomainException.badRequest("minShare", "minShare must be between 0 and 1, was " + minShare);
		}
		Map<String, Object> params = new HashMap<>();
		params.put("roundIds", rounds(termId, roundIds, committeeId, combined, visibility));
		params.put("minOrgs", minOrgs);
		params.put("minShare", minShare);
		List<SystemicIssue> issues = this.cypher.read(this.queries.text("insight/systemic-issues"), params,
				SystemicIssues::issue);
		return withDepartments(issues, termId);
	}

	/**
	 * Each issue with the competent department of the committee (the term's, else the top
	 * one) as an organization of the graph, and its name as the regulator.
	 */
	private List<SystemicIssue> withDepartments(List<SystemicIssue> issues, String termId) {
		if (issues.isEmpty()) {
			return issues;
		}
		List<Map<String, String>> pairs = issues.stream()
			.map((i) -> Map.of("sector", i.sector(), "category", i.category()))
			.toList();
		Map<String, GraphEntity> found = this.departments.departments(this.departments.committee(null, termId), pairs);
		return issues.stream().map((i) -> {
			GraphEntity department = found.get(i.sector() + "/" + i.category());
			return (department == null) ? i : i.withDepartment(department);
		}).toList();
	}

	public List<CommonEntity> commonEntities(int minOrgs, int first, Visibility visibility) {
		if (minOrgs < 2) {
			throw DomainException.badRequest("minOrgs", "minOrgs must be at least 2, was " + minOrgs);
		}
		DomainException.requireWithin("first", first, Page.MAX_SIZE);
		return this.cypher.read(this.queries.text("insight/common-entities", visibility::allows),
				visibility.with(Map.of("minOrgs", minOrgs, "limit", first)),
				(r) -> new CommonEntity(GraphEntity.of(r.get("x")), entities(r.get("items")),
						entities(r.get("organizations")), r.get("levels").asList(Value::asString)));
	}

	private List<String> rounds(String termId, List<String> roundIds, String committeeId, boolean combined,
			Visibility visibility) {
		if (termId != null && roundIds != null) {
			throw DomainException.badRequest("roundIds", "Give a term or rounds, not both");
		}
		if (termId == null && (committeeId != null || combined)) {
			throw DomainException.badRequest("termId", "A committee's or a combined view is of a term: give termId");
		}
		return (termId != null) ? this.insight.rounds(new Scope(termId, null, committeeId, combined), visibility)
				: roundIds;
	}

	private static SystemicIssue issue(Record r) {
		String sector = r.get("sector").asString();
		String category = r.get("category").asString();
		return new SystemicIssue(sector, zh(SECTORS, sector), category, zh(CATEGORIES, category),
				r.get("orgCount").asInt(), r.get("targets").asInt(), r.get("share").asDouble(),
				r.get("findings").asInt(), entities(r.get("organizations")),
				r.get("byLevel")
					.asList((v) -> new SystemicIssue.LevelCount(v.get("level").asString(), v.get("orgs").asInt())),
				r.get("trend")
					.asList((v) -> new SystemicIssue.RoundCount(v.get("roundId").asString(),
							v.get("round").asString(""), v.get("startDate").asString(""), v.get("orgs").asInt(),
							v.get("findings").asInt())),
				regulator(sector), null,
				entities(r.get("items")).stream().sorted(java.util.Comparator.comparing(GraphEntity::id)).toList(),
				entities(r.get("handovers")));
	}

	private static List<GraphEntity> entities(Value list) {
		return list.asList((v) -> GraphEntity.of(v.asNode()));
	}

	private static String zh(CodeList codes, String code) {
		String zh = codes.zhOf(code);
		return (zh != null) ? zh : code;
	}

	private static String regulator(String sector) {
		try {
			return Sector.valueOf(sector).regulator();
		}
		catch (IllegalArgumentException ex) {
			return Sector.OTHER.regulator();
		}
	}

}
