package org.oversight.rectification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.oversight.finding.FindingCategory;
import org.oversight.organization.Sector;

/**
 * Which department of a committee is competent (主管部门) for a kind of problem. Problems of
 * some kinds have a department of their own whatever the sector they were found in (seed
 * 001: financial management across the city's departments → 财政局, the 两超一慢 of projects →
 * 发改委); the others go to the department of their sector. Departments are found in the
 * graph by kind and name, never invented as text.
 */
final class Competence {

	/**
	 * A department found by its organization kind and a part of its name.
	 *
	 * @param kind the organization kind
	 * @param name a part of its name, or null for any
	 */
	record Home(String kind, String name) {
	}

	private static final Map<FindingCategory, Home> ACROSS_SECTORS = Map.of(FindingCategory.FINANCIAL_MISMANAGEMENT,
			new Home("DEPARTMENT", "财政局"), FindingCategory.FUND_MISAPPROPRIATION, new Home("DEPARTMENT", "财政局"),
			FindingCategory.PROCUREMENT, new Home("DEPARTMENT", "发展和改革"), FindingCategory.PERSONNEL,
			new Home("ORG_DEPARTMENT", null), FindingCategory.WEAK_GRASSROOTS, new Home("ORG_DEPARTMENT", null),
			FindingCategory.EIGHT_RULES, new Home("DISCIPLINE_BODY", null));

	private Competence() {
	}

	/** The rules as the queries take them: {category, kind, name}. */
	static List<Map<String, Object>> rules() {
		List<Map<String, Object>> rules = new ArrayList<>();
		ACROSS_SECTORS.forEach((category, home) -> {
			Map<String, Object> rule = new HashMap<>();
			rule.put("category", category.name());
			rule.put("kind", home.kind());
			rule.put("name", home.name());
			rules.add(rule);
		});
		return rules;
	}

	/** Each sector's regulator as a part of a name: {sector, name}. */
	static List<Map<String, Object>> sectorNames() {
		List<Map<String, Object>> names = new ArrayList<>();
		for (Sector sector : Sector.values()) {
			names.add(Map.of("sector", sector.name(), "name", sector.regulator()));
		}
		return names;
	}

}
