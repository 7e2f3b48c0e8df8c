package org.oversight.explore;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.oversight.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code search(text, kinds, first)}.
 */
@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument List<String> kinds, @Argument List<String> types,
			@Argument Integer first, DataFetchingEnvironment env) {
		return this.search.search(text, (kinds != null) ? kinds : types, (first != null) ? first : 20,
				Caller.visibility(env));
	}

}
