package org.oversight.report;

import org.oversight.insight.Scope;
import org.oversight.model.DomainException;
import org.oversight.security.Visibility;
import org.oversight.store.EntityStore;
import org.oversight.store.GraphEntity;

/**
 * The filter of a cockpit table in words, as the document states it and the file is
 * named: the term or round (id and name), the scope (本级, a county, 市县合计), the day (截至),
 * and that only what the exporter may see is in it.
 *
 * @param scope the scope asked
 * @param asOf the day asked, or null (today)
 * @param words the filter in words, e.g. {@code termId = TERM-1（第七届）；范围：本级；截至今日；…}
 * @param label a short label for the file name, e.g. {@code 第七届·本级}
 */
record ScopeWords(Scope scope, String asOf, String words, String label) {

	static ScopeWords of(Scope scope, String asOf, EntityStore store, Visibility visibility) {
		StringBuilder words = new StringBuilder();
		StringBuilder label = new StringBuilder();
		if (scope.termId() != null) {
			String name = name(scope.termId(), store, visibility);
			words.append("termId = ").append(scope.termId()).append("（届次：").append(name).append("）");
			label.append(name);
		}
		else if (scope.roundId() != null) {
			String name = name(scope.roundId(), store, visibility);
			words.append("roundId = ").append(scope.roundId()).append("（轮次：").append(name).append("）");
			label.append(name);
		}
		else {
			words.append("全部");
			label.append("全部");
		}
		if (scope.committeeId() != null) {
			String county = name(scope.committeeId(), store, visibility);
			words.append("；范围：")
				.append(county)
				.append(scope.combined() ? "及所辖（合计）" : "")
				.append("（committeeId = ")
				.append(scope.committeeId())
				.append("）");
			label.append("·").append(county).append(scope.combined() ? "合计" : "");
		}
		else if (scope.combined()) {
			words.append("；范围：市县合计");
			label.append("·市县合计");
		}
		else if (scope.termId() != null) {
			words.append("；范围：本级");
			label.append("·本级");
		}
		if (asOf != null) {
			words.append("；截至 ").append(asOf);
			label.append("·截至").append(asOf);
		}
		else {
			words.append("；截至今日");
		}
		words.append("；仅含导出人可见的线索与案件");
		return new ScopeWords(scope, asOf, words.toString(), label.toString());
	}

	/** The term, for the tables only a term has (coverage, published figures). */
	String requireTerm() {
		if (this.scope.termId() == null) {
			throw DomainException.badRequest("termId", "This table is of a term: give termId");
		}
		return this.scope.termId();
	}

	/** A file name without the characters Windows refuses. */
	static String fileName(String name) {
		return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
	}

	private static String name(String id, EntityStore store, Visibility visibility) {
		GraphEntity entity = store.find(id, visibility);
		return (entity != null) ? entity.name() : id;
	}

}
