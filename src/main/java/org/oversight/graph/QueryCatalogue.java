package org.oversight.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every named query of {@code queries/}, loaded once by name. {@link #validate(Cypher)}
 * asks the real engine to {@code EXPLAIN} each one at startup, so a broken file stops the
 * server with its name instead of failing later in front of a user.
 */
@Component
public class QueryCatalogue {

	private static final Pattern VISIBLE = Pattern.compile("\\{\\{visible (\\w+(?::\\w+)?)}}");

	private static final Pattern INT = Pattern.compile("\\{\\{int (\\w+)}}");

	private static final Pattern HEADER = Pattern.compile("^//\\s*([a-zA-Z][\\w-]*)\\s*:\\s*(.*)$");

	private final Map<String, NamedQuery> queries;

	public QueryCatalogue() {
		this.queries = load();
	}

	public NamedQuery get(String name) {
		NamedQuery query = this.queries.get(name);
		if (query == null) {
			throw new IllegalArgumentException("No query named " + name + " under queries/");
		}
		return query;
	}

	public String text(String name) {
		return get(name).text();
	}

	/**
	 * The query with each {@code {{visible x}}} marker replaced by the predicate that
	 * says whether the caller may see the node bound to {@code x}. A marker may name the
	 * label the query matched {@code x} with ({@code {{visible l:Lead}}}): the predicate
	 * is then that kind's alone, a fraction of the general one for the planner.
	 */
	public String text(String name, java.util.function.UnaryOperator<String> visible) {
		return render(get(name).text(), visible);
	}

	/**
	 * The query with its visibility markers rendered and each {@code {{int x}}} marker
	 * replaced by the bound integer: for the few places Cypher takes no parameter (the
	 * {@code k} of {@code SHORTEST k}, the bounds of a quantified path). Only integers
	 * the caller checked against a range get here, never text.
	 */
	public String text(String name, java.util.function.UnaryOperator<String> visible, Map<String, Integer> ints) {
		String text = INT.matcher(render(get(name).text(), visible)).replaceAll((m) -> {
			Integer value = ints.get(m.group(1));
			if (value == null) {
				throw new IllegalArgumentException("queries/" + name + ".cypher needs the integer " + m.group(1));
			}
			return Integer.toString(value);
		});
		return text;
	}

	static String render(String text, java.util.function.UnaryOperator<String> visible) {
		return VISIBLE.matcher(text).replaceAll((m) -> Matcher.quoteReplacement(visible.apply(m.group(1))));
	}

	public Collection<NamedQuery> all() {
		return this.queries.values();
	}

	/** The queries in one folder, e.g. {@code red-flags}. */
	public List<NamedQuery> folder(String folder) {
		return this.queries.values().stream().filter((q) -> q.name().startsWith(folder + "/")).toList();
	}

	/**
	 * Explains every query against the database; throws naming the first broken file.
	 * Queries whose header says {@code // requires: gds} call procedures that are
	 * registered later (or missing on an external server): their feature explains them
	 * when the procedures are there ({@link #validate(Cypher, NamedQuery)}).
	 * <p>
	 * Whether a query plans depends on its text and on the engine, not on the data: so
	 * the same catalogue is explained once per engine version, and the stamp of what was
	 * explained is kept (in this process and in the database). A restart, a one-shot
	 * command or a second test context on the same jar and engine skips the hundred
	 * EXPLAINs (a minute on a loaded machine); a changed file changes the stamp.
	 */
	public void validate(Cypher cypher) {
		String stamp = stamp(cypher);
		boolean stored = explainedIn(cypher, stamp);
		if (!stored && !EXPLAINED.contains(stamp)) {
			for (NamedQuery query : this.queries.values()) {
				if (!query.header().containsKey("requires")) {
					validate(cypher, query);
				}
			}
		}
		EXPLAINED.add(stamp);
		if (!stored) {
			cypher.write("MERGE (c:__QueryCheck) SET c.stamp = $stamp", Map.of("stamp", stamp), (r) -> r);
		}
	}

	/** Catalogue stamps explained in this process. */
	private static final Set<String> EXPLAINED = ConcurrentHashMap.newKeySet();

	private static boolean explainedIn(Cypher cypher, String stamp) {
		return !cypher
			.read("MATCH (c:__QueryCheck {stamp: $stamp}) RETURN c.stamp AS stamp", Map.of("stamp", stamp), (r) -> r)
			.isEmpty();
	}

	/**
	 * What the catalogue's validity depends on: every file's name and text, the engine.
	 */
	private String stamp(Cypher cypher) {
		List<String> engine = cypher.read(
				"CALL dbms.components() YIELD name, versions, edition RETURN name + ' ' + versions[0] + ' ' + edition AS engine",
				Map.of(), (r) -> r.get("engine").asString());
		StringBuilder text = new StringBuilder(String.join(",", engine));
		for (NamedQuery query : this.queries.values()) {
			text.append(query.name()).append('\n').append(query.text()).append('\n');
		}
		return Migrations.sha256(text.toString());
	}

	/** Explains one query; throws naming its file when it is broken. */
	public void validate(Cypher cypher, NamedQuery query) {
		try {
			String text = INT.matcher(render(query.text(), (node) -> "true")).replaceAll("1");
			cypher.explain(text);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException(
					"queries/" + query.name() + ".cypher is not valid Cypher: " + ex.getMessage(), ex);
		}
	}

	private static Map<String, NamedQuery> load() {
		try {
			Map<String, NamedQuery> queries = new TreeMap<>();
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:queries/**/*.cypher");
			for (Resource resource : resources) {
				String url = resource.getURL().toString();
				String name = url.substring(url.lastIndexOf("queries/") + "queries/".length(),
						url.length() - ".cypher".length());
				String text = resource.getContentAsString(StandardCharsets.UTF_8);
				queries.put(name, new NamedQuery(name, header(text), text));
			}
			return queries;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Map<String, String> header(String text) {
		Map<String, String> header = new LinkedHashMap<>();
		for (String line : text.split("\\R")) {
			Matcher m = HEADER.matcher(line.strip());
			if (!line.strip().startsWith("//")) {
				break;
			}
			if (m.matches()) {
				header.put(m.group(1), m.group(2).strip());
			}
		}
		return header;
	}

}
