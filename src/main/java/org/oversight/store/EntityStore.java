package org.oversight.store;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;
import org.oversight.graph.Cypher;
import org.oversight.model.EntityType;
import org.oversight.model.Field;
import org.oversight.model.Model;
import org.oversight.model.RelationField;
import org.oversight.model.RelationField.Direction;
import org.oversight.security.Visibility;
import org.springframework.stereotype.Component;

/**
 * Reads entities: by id, by ids, as filtered sorted pages, and along relation fields in
 * batches. Every read of the API goes through here, in read transactions, and every one
 * takes the caller's {@link Visibility}: a lead or case they may not see is never
 * returned, counted or followed.
 */
@Component
public class EntityStore {

	/** The most items one relation field returns for one parent. */
	public static final int RELATION_LIMIT = 500;

	private final Cypher cypher;

	private final Model model;

	public EntityStore(Cypher cypher, Model model) {
		this.cypher = cypher;
		this.model = model;
	}

	/** The entity, or null when it does not exist or the caller may not see it. */
	public GraphEntity find(String id, Visibility visibility) {
		List<GraphEntity> found = findAll(List.of(id), visibility);
		return found.isEmpty() ? null : found.get(0);
	}

	/**
	 * The entities with these ids, in the order asked; unknown and hidden ids are left
	 * out.
	 */
	public List<GraphEntity> findAll(List<String> ids, Visibility visibility) {
		Map<String, GraphEntity> byId = new HashMap<>();
		String query = "UNWIND $ids AS id MATCH (n:Entity {id: id}) WHERE " + visibility.allows("n") + " RETURN n";
		this.cypher.read(query, visibility.with(Map.of("ids", ids)), (r) -> GraphEntity.of(r.get("n")))
			.forEach((e) -> byId.put(e.id(), e));
		return ids.stream().filter(byId::containsKey).map(byId::get).distinct().toList();
	}

	/** One page of a kind, filtered and sorted. */
	public List<GraphEntity> list(String kind, Map<String, Object> filter, List<Sort> sort, Page page,
			Visibility visibility) {
		return this.cypher.inRead((tx) -> list(tx, kind, filter, sort, page, visibility));
	}

	/**
	 * One page of a kind and the count of all that match, read in one transaction (one
	 * round trip fewer than two reads, and both see the same data).
	 */
	public Counted listAndCount(String kind, Map<String, Object> filter, List<Sort> sort, Page page,
			Visibility visibility) {
		return this.cypher.inRead((tx) -> new Counted(list(tx, kind, filter, sort, page, visibility),
				count(tx, kind, filter, visibility)));
	}

	/**
	 * A page and the total it is part of.
	 *
	 * @param items the page
	 * @param total how many match in all
	 */
	public record Counted(List<GraphEntity> items, long total) {
	}

	private List<GraphEntity> list(TransactionContext tx, String kind, Map<String, Object> filter, List<Sort> sort,
			Page page, Visibility visibility) {
		EntityType type = this.model.requireEntity(kind);
		ListQuery query = new ListQuery(type, filter, visibility);
		Map<String, Object> params = visibility.with(query.parameters());
		params.put("skip", page.offset());
		params.put("limit", page.size());
		String cypher = "MATCH (n:`" + type.kind() + "`) " + query.where() + " RETURN n " + query.orderBy(sort)
				+ " SKIP $skip LIMIT $limit";
		return this.cypher.list(tx, cypher, params, (r) -> GraphEntity.of(r.get("n")));
	}

	public long count(String kind, Map<String, Object> filter, Visibility visibility) {
		return this.cypher.inRead((tx) -> count(tx, kind, filter, visibility));
	}

	private long count(TransactionContext tx, String kind, Map<String, Object> filter, Visibility visibility) {
		EntityType type = this.model.requireEntity(kind);
		ListQuery query = new ListQuery(type, filter, visibility);
		String cypher = "MATCH (n:`" + type.kind() + "`) " + query.where() + " RETURN count(n) AS c";
		return this.cypher.list(tx, cypher, visibility.with(query.parameters()), (r) -> r.get("c").asLong()).get(0);
	}

	/**
	 * Follows one relation field from many parents in one statement: for each parent id,
	 * the entities (or ties) at the other end that the caller may see, with every
	 * property.
	 */
	public Map<String, List<Object>> follow(RelationField field, List<String> ids, Visibility visibility) {
		return follow(field, ids, Projection.Follow.ALL, visibility);
	}

	/**
	 * Follows one relation field from many parents in one statement: for each parent id,
	 * the entities (or ties) at the other end that the caller may see, each with only the
	 * properties projected (and its id and kind).
	 */
	public Map<String, List<Object>> follow(RelationField field, List<String> ids, Projection.Follow projection,
			Visibility visibility) {
		String pattern = switch (field.direction()) {
			case OUT -> "(s)-[r:" + field.relation() + "]->(t%s)";
			case IN -> "(s)<-[r:" + field.relation() + "]-(t%s)";
			case BOTH -> "(s)-[r:" + field.relation() + "]-(t%s)";
		};
		String target = (field.target() != null) ? ":`" + field.target() + "`" : ":Entity";
		// A tie followed both ways may be turned around (item), so each end is read with
		// what either end's selection asks.
		Projection start = (field.direction() == Direction.BOTH) ? projection.start().union(projection.end())
				: projection.start();
		Projection end = (field.direction() == Direction.BOTH) ? start : projection.end();
		String item = (field.shape() != RelationField.Shape.TIES) ? node("t", projection.other())
				: "{rel: " + projection.tie().cypher("r", false) + ", start: " + node("a", start) + ", end: "
						+ node("b", end) + "}";
		String cypher = "UNWIND $ids AS id MATCH (s:Entity {id: id}) MATCH " + pattern.formatted(target) + " WHERE "
				+ visibility.allows("t", (field.target() != null) ? Set.of(field.target()) : Set.of())
				+ " WITH id, r, t, startNode(r) AS a, endNode(r) AS b ORDER BY t.id" + " RETURN id, collect(" + item
				+ ")[..$limit] AS items";
		Map<String, List<Object>> result = new LinkedHashMap<>();
		this.cypher.read(cypher, visibility.with(Map.of("ids", ids, "limit", RELATION_LIMIT)), (r) -> {
			String parent = r.get("id").asString();
			List<Object> items = r.get("items").asList((v) -> item(field, v, parent));
			return result.put(r.get("id").asString(), items);
		});
		return result;
	}

	/** A node as a map of its id, kind and projected properties. */
	private static String node(String variable, Projection projection) {
		return "{id: " + variable + ".id, kind: [l IN labels(" + variable + ") WHERE l <> '" + GraphEntity.ENTITY_LABEL
				+ "'][0], props: " + projection.cypher(variable, true) + "}";
	}

	private Object item(RelationField field, org.neo4j.driver.Value value, String parent) {
		if (field.shape() != RelationField.Shape.TIES) {
			return GraphEntity.ofMap(value);
		}
		var link = this.model.linkByRelation(field.relation()).orElseThrow();
		Map<String, Object> tie = new LinkedHashMap<>(GraphEntity.plain(value.get("rel").asMap()));
		org.neo4j.driver.Value start = value.get("start");
		org.neo4j.driver.Value end = value.get("end");
		if (field.direction() == Direction.BOTH && !parent.equals(start.get("id").asString())) {
			// A tie read from its far end is told from the parent's side: the parent is
			// its first person, and a code with a direction reads the other way (the
			// parent's child is the child's parent).
			org.neo4j.driver.Value near = end;
			end = start;
			start = near;
			for (Field property : link.valueFields()) {
				tie.computeIfPresent(property.name(), (name, code) -> property.codeList().inverseOf(code));
			}
		}
		tie.put(link.fromName(), GraphEntity.ofMap(start));
		tie.put(link.toName(), GraphEntity.ofMap(end));
		return tie;
	}

}
