package org.oversight.redflag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.springframework.stereotype.Component;

/**
 * Every rule under {@code queries/red-flags/}, read and checked when the server starts: a
 * rule file with a broken header stops the start with the file's name (its Cypher is
 * checked by {@link QueryCatalogue#validate}). Adding a rule is adding a file.
 */
@Component
public class RuleRegistry {

	static final String FOLDER = "red-flags";

	private final Map<String, RedFlagRule> rules = new LinkedHashMap<>();

	/**
	 * The rules whose Cypher reads leads or cases (marks nodes {@code {{visible x}}}).
	 */
	private final java.util.Set<String> readingGuarded = new java.util.HashSet<>();

	public RuleRegistry(QueryCatalogue queries) {
		queries.folder(FOLDER).forEach((query) -> {
			RedFlagRule rule = RuleHeader.parse(query);
			this.rules.put(rule.code(), rule);
			if (query.text().contains("{{visible")) {
				this.readingGuarded.add(rule.code());
			}
		});
	}

	/** Whether the rule reads leads or cases, whose visibility differs per caller. */
	boolean readsGuarded(String code) {
		return this.readingGuarded.contains(code);
	}

	public Collection<RedFlagRule> all() {
		return this.rules.values();
	}

	public RedFlagRule find(String code) {
		return this.rules.get(code);
	}

	/** The rules of these codes (all when null), refusing an unknown code. */
	public List<RedFlagRule> select(List<String> codes) {
		if (codes == null) {
			return List.copyOf(this.rules.values());
		}
		List<RedFlagRule> selected = new ArrayList<>();
		for (String code : codes) {
			RedFlagRule rule = this.rules.get(code);
			if (rule == null) {
				throw DomainException.badRequest("rules",
						"No red-flag rule '" + code + "'; known: " + this.rules.keySet());
			}
			if (!selected.contains(rule)) {
				selected.add(rule);
			}
		}
		return selected;
	}

}
