package org.oversight.explore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.model.Model;
import org.oversight.security.Visibility;
import org.oversight.store.GraphEntity;
import org.oversight.store.Page;
import org.springframework.stereotype.Service;

/**
 * Chinese-aware full-text search over the names of people, organizations, companies,
 * projects and the rest of the searchable kinds.
 */
@Service
public class SearchService {

	private static final String LUCENE_SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final Model model;

	SearchService(Cypher cypher, QueryCatalogue queries, Model model) {
		this.cypher = cypher;
		this.queries = queries;
		this.model = model;
	}

	public List<SearchHit> search(String text, List<String> kinds, int first, Visibility visibility) {
		DomainException.requireWithin("first", first, Page.MAX_SIZE);
		if (text == null || text.isBlank()) {
			throw DomainException.badRequest("text", "Give some text to search for");
		}
		if (kinds != null) {
			for (String kind : kinds) {
				if (!this.model.searchableKinds().contains(kind)) {
					throw DomainException.badRequest("kinds",
							"'" + kind + "' is not searchable; searchable: " + this.model.searchableKinds());
				}
			}
		}
		Map<String, Object> params = new HashMap<>();
		params.put("query", escape(text.strip()));
		params.put("kinds", kinds);
		params.put("limit", first);
		return this.cypher.read(this.queries.text("explore/search", visibility::allows), visibility.with(params),
				(r) -> new SearchHit(GraphEntity.of(r.get("node")), r.get("score").asDouble()));
	}

	/** Escapes Lucene's operators so user text is searched as text. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (LUCENE_SPECIAL.indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		String escaped = out.toString();
		// Lucene reads bare AND/OR/NOT as operators.
		return escaped.replaceAll("\\b(AND|OR|NOT)\\b", "\\\\$1");
	}

}
