package org.oversight.explore;

import java.util.List;

import org.oversight.model.RelationType;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The computed fields of {@code Edge}: its Chinese term and its properties as a list.
 */
@Controller
class EdgeController {

	@SchemaMapping(typeName = "Edge")
	String typeZh(Edge edge) {
		RelationType type = RelationType.find(edge.type());
		return (type != null) ? type.zh() : edge.type();
	}

	@SchemaMapping(typeName = "Edge")
	List<Property> properties(Edge edge) {
		return edge.properties()
			.entrySet()
			.stream()
			.filter((e) -> e.getValue() != null)
			.map((e) -> new Property(e.getKey(), text(e.getValue())))
			.toList();
	}

	private static String text(Object value) {
		if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
			return Long.toString(d.longValue());
		}
		return String.valueOf(value);
	}

	/** One property of an edge, as text. */
	record Property(String name, String value) {
	}

}
