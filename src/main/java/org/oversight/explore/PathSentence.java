package org.oversight.explore;

import java.util.List;
import java.util.Map;

import org.oversight.model.RelationType;
import org.oversight.store.GraphEntity;

/**
 * Reads a path as a sentence: each node's name, and between two nodes the relationship's
 * phrase, forwards when it is stored in the direction of reading, backwards otherwise,
 * with what the relationship says of itself (relation, role, share, title, amount, date).
 */
final class PathSentence {

	private static final List<String> DETAILS = List.of("relation", "role", "share", "title", "amount", "date");

	private PathSentence() {
	}

	static String read(List<GraphEntity> nodes, List<Edge> edges) {
		StringBuilder out = new StringBuilder(nodes.get(0).name());
		for (int i = 0; i < edges.size(); i++) {
			Edge edge = edges.get(i);
			GraphEntity next = nodes.get(i + 1);
			out.append(" — ").append(phrase(edge, !edge.to().equals(next.id()))).append(" — ").append(next.name());
		}
		return out.toString();
	}

	private static String phrase(Edge edge, boolean backwards) {
		Object relation = edge.properties().get("relation");
		if (RelationType.RELATED_TO.name().equals(edge.type()) && relation != null) {
			// A relations row (A, B, R) says B is A's R: read it as such either way.
			return backwards ? "is the " + relation + " of" : "has as " + relation;
		}
		RelationType type = RelationType.find(edge.type());
		String phrase = (type == null) ? edge.type() : (backwards ? type.inverse() : type.phrase());
		String details = details(edge.properties());
		return details.isEmpty() ? phrase : phrase + " (" + details + ")";
	}

	/**
	 * The same path in Chinese, the way an analyst's chart reads it: an arrow in the
	 * direction the relationship is stored, labelled with its Chinese term and details
	 * (黔安市交通运输局 ←隶属— 中共黔安市委员会; 杨某 —配偶→ 李某; 张某 —企业任职/持股（股东，60%）→ 某公司). Codes (a kinship, a
	 * company role) read by their Chinese terms, through {@code zh} (relationship type,
	 * property, code → term, or null).
	 */
	static String readZh(List<GraphEntity> nodes, List<Edge> edges, CodeTerms zh) {
		StringBuilder out = new StringBuilder(nodes.get(0).name());
		for (int i = 0; i < edges.size(); i++) {
			Edge edge = edges.get(i);
			GraphEntity next = nodes.get(i + 1);
			String label = labelZh(edge, zh);
			boolean backwards = !edge.to().equals(next.id());
			out.append(backwards ? " ←" + label + "— " : " —" + label + "→ ").append(next.name());
		}
		return out.toString();
	}

	/** The Chinese term of a code stored on a relationship, or null. */
	interface CodeTerms {

		String of(String relationshipType, String property, Object code);

	}

	private static String labelZh(Edge edge, CodeTerms zh) {
		Object relation = edge.properties().get("relation");
		RelationType type = RelationType.find(edge.type());
		String term = (type == null) ? edge.type() : type.zh();
		if (RelationType.RELATED_TO.name().equals(edge.type()) && relation != null) {
			String kin = zh.of(edge.type(), "relation", relation);
			term = (kin != null) ? kin : relation.toString();
		}
		StringBuilder details = new StringBuilder();
		for (String key : DETAILS) {
			Object value = edge.properties().get(key);
			if (value == null || "relation".equals(key)) {
				continue;
			}
			String code = "role".equals(key) ? zh.of(edge.type(), key, value) : null;
			if (!details.isEmpty()) {
				details.append("，");
			}
			details.append((code != null) ? code : format(key, value));
		}
		return details.isEmpty() ? term : term + "（" + details + "）";
	}

	private static String details(Map<String, Object> properties) {
		StringBuilder out = new StringBuilder();
		for (String key : DETAILS) {
			Object value = properties.get(key);
			if (value != null) {
				if (!out.isEmpty()) {
					out.append(", ");
				}
				out.append(format(key, value));
			}
		}
		return out.toString();
	}

	private static String format(String key, Object value) {
		if ("share".equals(key) && value instanceof Number share) {
			double percent = (share.doubleValue() <= 1) ? share.doubleValue() * 100 : share.doubleValue();
			return Math.round(percent) + "%";
		}
		if ("amount".equals(key) && value instanceof Number amount) {
			return String.format("¥%,.0f", amount.doubleValue());
		}
		return value.toString();
	}

}
