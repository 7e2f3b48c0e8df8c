package org.oversight.redflag;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.oversight.security.Role;
import org.oversight.security.Visibility;

/**
 * What the caller's own {@code redFlags} give for the alerts of rules that read leads or
 * cases (whose Cypher marks nodes {@code {{visible x}}}): whether such a hit exists for
 * the caller at all, and its evidence, score and sentence. A stored alert of those rules
 * is answered with these, so an alert never tells a caller more, or less, than their own
 * run would: not by its presence, its count, its score nor its evidence.
 */
final class OwnHits {

	private final RedFlagService engine;

	private final Visibility visibility;

	/** The caller's hits by rule and date asked, each by subject. */
	private final Map<String, Map<String, RedFlag>> runs = new HashMap<>();

	OwnHits(RedFlagService engine, Visibility visibility) {
		this.engine = engine;
		this.visibility = visibility;
	}

	/** Whether the alert is answered from the caller's own run rather than as stored. */
	boolean recomputes(String rule) {
		return this.visibility.role() != Role.ADMIN && this.engine.readsGuarded(rule);
	}

	/**
	 * The caller's own hit of this rule for this subject, on the date the alert was last
	 * found, or null when the caller's run has none.
	 */
	RedFlag of(String rule, String subject, LocalDate asOf) {
		return this.runs.computeIfAbsent(rule + "@" + asOf, (key) -> run(rule, asOf)).get(subject);
	}

	private Map<String, RedFlag> run(String rule, LocalDate asOf) {
		Map<String, RedFlag> bySubject = new HashMap<>();
		RedFlagRequest request = new RedFlagRequest(List.of(rule), null, asOf, Integer.MAX_VALUE, List.of());
		this.engine.run(request, this.visibility).forEach((hit) -> bySubject.put(hit.subject(), hit));
		return bySubject;
	}

}
