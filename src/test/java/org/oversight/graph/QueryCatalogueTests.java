package org.oversight.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visibility marker that names a kind ({@code {{visible l:Lead}}}) is rendered as that
 * kind's predicate alone, so it must name the label the query matched the variable with:
 * otherwise a lead or case could be checked by the wrong rule.
 */
class QueryCatalogueTests {

	private static final Pattern TYPED = Pattern.compile("\\{\\{visible (\\w+):(\\w+)}}");

	@Test
	void everyTypedMarkerNamesTheLabelItsVariableIsMatchedWith() {
		List<String> checked = new ArrayList<>();
		for (NamedQuery query : new QueryCatalogue().all()) {
			Matcher m = TYPED.matcher(query.text());
			while (m.find()) {
				String bound = "(" + m.group(1) + ":" + m.group(2);
				assertThat(query.text()).as(query.name() + " binds " + m.group(1) + " as " + m.group(2))
					.contains(bound);
				checked.add(query.name() + " " + m.group(1));
			}
		}
		assertThat(checked).hasSizeGreaterThan(20);
	}

	@Test
	void aTypedMarkerIsRenderedWithItsKind() {
		assertThat(QueryCatalogue.render("WHERE {{visible l:Lead}} AND {{visible n}}", (x) -> "<" + x + ">"))
			.isEqualTo("WHERE <l:Lead> AND <n>");
	}

}
