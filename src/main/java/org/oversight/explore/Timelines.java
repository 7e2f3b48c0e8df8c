package org.oversight.explore;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;
import org.oversight.graph.Cypher;
import org.oversight.graph.QueryCatalogue;
import org.oversight.model.DomainException;
import org.oversight.model.Model;
import org.oversight.model.RelationType;
import org.oversight.security.Visibility;
import org.oversight.store.GraphEntity;
import org.springframework.stereotype.Service;

/**
 * The timeline of an entity: positions, payments, contracts, findings, leads, cases,
 * sanctions and rectifications around it, in date order. It reads every date the model
 * holds on the entity's relationships and neighbours, so a new dated property joins the
 * timeline without a change here.
 */
@Service
public class Timelines {

	public static final int MAX_EVENTS = 1000;

	private static final Map<String, String> FIELD_ZH = Map.ofEntries(Map.entry("startDate", "开始"),
			Map.entry("endDate", "结束"), Map.entry("date", "日期"), Map.entry("foundDate", "发现问题"),
			Map.entry("createdDate", "形成线索"), Map.entry("openedDate", "立案"), Map.entry("closedDate", "结案"),
			Map.entry("signedDate", "签订"), Map.entry("deadline", "整改期限"), Map.entry("completedDate", "完成整改"),
			Map.entry("authorizedFrom", "授权开始"), Map.entry("authorizedTo", "授权结束"), Map.entry("bidDate", "投标"),
			Map.entry("receivedDate", "收到"), Map.entry("issuedDate", "印发"));

	private final Cypher cypher;

	private final QueryCatalogue queries;

	private final Entities entities;

	private final Model model;

	Timelines(Cypher cypher, QueryCatalogue queries, Entities entities, Model model) {
		this.cypher = cypher;
		this.queries = queries;
		this.entities = entities;
		this.model = model;
	}

	public List<TimelineEvent> of(String id, int first, TraversalFilter window, Visibility visibility) {
		DomainException.requireWithin("first", first, MAX_EVENTS);
		this.entities.require("id", List.of(id), visibility);
		Map<String, Object> params = window.parameters();
		params.put("id", id);
		params.put("limit", first);
		return this.cypher.read(this.queries.text("explore/timeline", visibility::allows), visibility.with(params),
				this::event);
	}

	private TimelineEvent event(Record row) {
		Node owner = row.get("owner").asNode();
		Node other = row.get("n").asNode();
		Edge edge = Edge.of(row.get("r").asRelationship(),
				Map.of(owner.elementId(), owner.get("id").asString(), other.elementId(), other.get("id").asString()));
		GraphEntity entity = GraphEntity.of(other);
		String field = row.get("field").asString();
		String fieldZh = FIELD_ZH.getOrDefault(field, field);
		return new TimelineEvent(row.get("date").asLocalDate().toString(), field, fieldZh,
				row.get("onEdge").asBoolean(), entity, edge, summary(edge, entity, fieldZh));
	}

	/**
	 * The line an analyst reads: the relationship's Chinese term, the neighbour, then the
	 * title, role, amount and kind, codes by their Chinese terms and amounts as yuan.
	 */
	private String summary(Edge edge, GraphEntity entity, String fieldZh) {
		RelationType type = RelationType.find(edge.type());
		StringBuilder out = new StringBuilder((type != null) ? type.zh() : edge.type());
		out.append(" · ").append(entity.name());
		for (String key : List.of("title", "role", "amount", "kind")) {
			Object value = edge.properties().get(key);
			if (value != null) {
				out.append(" · ").append(readable(type, key, value));
			}
		}
		return out.append(" · ").append(fieldZh).toString();
	}

	private Object readable(RelationType type, String key, Object value) {
		if ("amount".equals(key) && value instanceof Number amount) {
			return String.format("¥%,.0f", amount.doubleValue());
		}
		if (type == null) {
			return value;
		}
		String zh = this.model.linkByRelation(type)
			.flatMap((link) -> link.columns().stream().filter((f) -> f.name().equals(key)).findFirst())
			.map((field) -> field.codeList().zhOf(value))
			.orElse(null);
		return (zh != null) ? zh : value;
	}

}
