package org.oversight.explore;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.oversight.model.Model;
import org.oversight.model.RelationType;
import org.oversight.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code neighborhood}, {@code paths}, {@code connections} and {@code timeline}: how
 * things connect, always as the caller may see them.
 */
@Controller
class ExploreController {

	private final Neighbourhoods neighbourhoods;

	private final Paths paths;

	private final Connections connections;

	private final Timelines timelines;

	private final Model model;

	ExploreController(Neighbourhoods neighbourhoods, Paths paths, Connections connections, Timelines timelines,
			Model model) {
		this.neighbourhoods = neighbourhoods;
		this.paths = paths;
		this.connections = connections;
		this.timelines = timelines;
		this.model = model;
	}

	/** The path read in Chinese (see {@link PathSentence#readZh}). */
	@SchemaMapping(typeName = "Path", field = "sentenceZh")
	String sentenceZh(GraphPath path) {
		return PathSentence.readZh(path.nodes(), path.edges(), this::codeZh);
	}

	private String codeZh(String relationshipType, String property, Object code) {
		RelationType type = RelationType.find(relationshipType);
		if (type == null) {
			return null;
		}
		return this.model.linkByRelation(type)
			.flatMap((link) -> link.columns().stream().filter((f) -> f.name().equals(property)).findFirst())
			.map((field) -> field.codeList().zhOf(code))
			.orElse(null);
	}

	@QueryMapping
	Subgraph neighborhood(@Argument String id, @Argument List<String> ids, @Argument int hops, @Argument int limit,
			@Argument List<String> types, @Argument List<String> kinds, @Argument String from, @Argument String to,
			DataFetchingEnvironment env) {
		List<String> all = new ArrayList<>();
		if (id != null) {
			all.add(id);
		}
		if (ids != null) {
			ids.stream().filter((i) -> !all.contains(i)).forEach(all::add);
		}
		return this.neighbourhoods.around(all, hops, limit, TraversalFilter.of(types, kinds, from, to, this.model),
				Caller.visibility(env));
	}

	@QueryMapping
	Subgraph neighbourhood(@Argument String id, @Argument List<String> ids, @Argument int hops, @Argument int limit,
			@Argument List<String> types, @Argument List<String> kinds, @Argument String from, @Argument String to,
			DataFetchingEnvironment env) {
		return neighborhood(id, ids, hops, limit, types, kinds, from, to, env);
	}

	@QueryMapping
	List<GraphPath> paths(@Argument String from, @Argument String to, @Argument List<String> alsoTo,
			@Argument int maxHops, @Argument int first, @Argument List<String> types, @Argument boolean timeValid,
			DataFetchingEnvironment env) {
		List<String> targets = new ArrayList<>(List.of(to));
		if (alsoTo != null) {
			alsoTo.stream().filter((t) -> !targets.contains(t)).forEach(targets::add);
		}
		return this.paths.between(from, targets, maxHops, first, timeValid,
				TraversalFilter.of(types, null, null, null, this.model), Caller.visibility(env));
	}

	@QueryMapping
	List<Connector> connections(@Argument List<String> ids, @Argument int maxHops, @Argument List<String> kinds,
			@Argument List<String> types, @Argument int first, DataFetchingEnvironment env) {
		TraversalFilter.of(null, kinds, null, null, this.model);
		return this.connections.among(ids, maxHops, kinds, first,
				TraversalFilter.of(types, null, null, null, this.model), Caller.visibility(env));
	}

	@QueryMapping
	List<TimelineEvent> timeline(@Argument String id, @Argument String from, @Argument String to, @Argument int first,
			DataFetchingEnvironment env) {
		return this.timelines.of(id, first, TraversalFilter.of(null, null, from, to, this.model),
				Caller.visibility(env));
	}

}
