package org.oversight.rectification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.oversight.finding.FindingCategory;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.CodeList;
import org.oversight.model.DomainException;
import org.oversight.store.GraphEntity;
import org.springframework.stereotype.Service;

/**
 * The competent department (行业主管部门) of problems, as an organization of the graph: the
 * roll-up of problems of one kind across sectors to their department, and the department
 * of a sector's systemic issue.
 */
@Service
public class CompetentDepartments {

	private static final CodeList CATEGORIES = CodeList.of(FindingCategory.class);

	private final Cypher cypher;

	private final QueryCatalogue queries;

	CompetentDepartments(Cypher cypher, QueryCatalogue queries) {
		this.cypher = cypher;
		this.queries = queries;
	}

	/**
	 * The committee whose departments are competent: the one named, else the term's, else
	 * the top committee.
	 */
	public String committee(String committeeId, String termId) {
		if (committeeId != null) {
			return committeeId;
		}
		List<String> found = this.cypher.read(this.queries.text("rectification/top-committee"), mapOf("term", termId),
				(r) -> r.get("id").asString(null));
		if (found.isEmpty() || found.get(0) == null) {
			throw DomainException.notFound("termId", String.valueOf(termId));
		}
		return found.get(0);
	}

	/**
	 * The roll-up of a committee's findings (over some rounds, or all) to departments.
	 */
	List<DepartmentRollup> rollup(String committee, List<String> rounds, int minOrgs) {
		if (minOrgs < 1) {
			throw DomainException.badRequest("minOrgs", "minOrgs must be at least 1, was " + minOrgs);
		}
		Map<String, Object> params = rules(committee);
		params.put("rounds", rounds);
		params.put("minOrgs", minOrgs);
		return this.cypher.read(this.queries.text("rectification/competent-departments"), params,
				(r) -> new DepartmentRollup(r.get("category").asString(), CATEGORIES.zhOf(r.get("category").asString()),
						GraphEntity.of(r.get("department")), r.get("orgCount").asInt(),
						r.get("sectors").asList(Value::asString), r.get("findings").asInt(), r.get("covered").asInt(),
						entities(r.get("organizations")), entities(r.get("handovers"))));
	}

	/**
	 * The competent department of each (sector, category) pair under a committee, keyed
	 * {@code sector/category}; pairs without one are absent.
	 */
	public Map<String, GraphEntity> departments(String committee, List<Map<String, String>> pairs) {
		Map<String, Object> params = rules(committee);
		params.put("pairs", pairs);
		Map<String, GraphEntity> found = new HashMap<>();
		this.cypher.read(this.queries.text("rectification/departments-for"), params, (r) -> {
			if (!r.get("department").isNull()) {
				found.put(r.get("sector").asString() + "/" + r.get("category").asString(),
						GraphEntity.of(r.get("department")));
			}
			return null;
		});
		return found;
	}

	private static Map<String, Object> rules(String committee) {
		Map<String, Object> params = new HashMap<>();
		params.put("committee", committee);
		params.put("rules", Competence.rules());
		params.put("sectorNames", Competence.sectorNames());
		return params;
	}

	private static Map<String, Object> mapOf(String key, Object value) {
		Map<String, Object> map = new HashMap<>();
		map.put(key, value);
		return map;
	}

	private static List<GraphEntity> entities(Value list) {
		return list.asList((v) -> GraphEntity.of(v.asNode()));
	}

}
