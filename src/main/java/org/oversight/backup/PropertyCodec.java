package org.oversight.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;

/**
 * Neo4j property values as JSON and back, without losing their type: strings, booleans
 * and integers as themselves; every other type as a one-key object naming it
 * ({@code {"$float": 1.5}}, {@code {"$datetime": "2026-01-02T03:04:05.123456789Z"}}, …),
 * so an integer never comes back a float and a date never comes back a string.
 */
final class PropertyCodec {

	private PropertyCodec() {
	}

	static Map<String, Object> encode(Map<String, Value> properties) {
		Map<String, Object> out = new LinkedHashMap<>();
		properties.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((e) -> out.put(e.getKey(), encode(e.getValue().asObject())));
		return out;
	}

	private static Object encode(Object value) {
		if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long) {
			return value;
		}
		if (value instanceof Double d) {
			return Map.of("$float", (Double.isFinite(d)) ? (Object) d : d.toString());
		}
		if (value instanceof List<?> list) {
			return list.stream().map(PropertyCodec::encode).toList();
		}
		if (value instanceof ZonedDateTime t) {
			return Map.of("$datetime", t.toString());
		}
		if (value instanceof LocalDate d) {
			return Map.of("$date", d.toString());
		}
		if (value instanceof LocalDateTime t) {
			return Map.of("$localdatetime", t.toString());
		}
		if (value instanceof OffsetTime t) {
			return Map.of("$time", t.toString());
		}
		if (value instanceof LocalTime t) {
			return Map.of("$localtime", t.toString());
		}
		if (value instanceof IsoDuration d) {
			return Map.of("$duration", List.of(d.months(), d.days(), d.seconds(), d.nanoseconds()));
		}
		if (value instanceof Point p) {
			return Map.of("$point", List.of(p.srid(), p.x(), p.y(), Double.isNaN(p.z()) ? "NaN" : p.z()));
		}
		if (value instanceof byte[] bytes) {
			return Map.of("$bytes", Base64.getEncoder().encodeToString(bytes));
		}
		throw new IllegalStateException("a property of type " + value.getClass().getName() + " cannot be backed up");
	}

	static Map<String, Object> decode(JsonNode properties) {
		Map<String, Object> out = new LinkedHashMap<>();
		Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			out.put(field.getKey(), decodeValue(field.getValue()));
		}
		return out;
	}

	private static Object decodeValue(JsonNode node) {
		if (node.isTextual()) {
			return node.textValue();
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		if (node.isIntegralNumber()) {
			return node.longValue();
		}
		if (node.isArray()) {
			List<Object> list = new ArrayList<>();
			node.forEach((item) -> list.add(decodeValue(item)));
			return list;
		}
		if (node.isObject() && node.size() == 1) {
			String type = node.fieldNames().next();
			JsonNode v = node.get(type);
			return switch (type) {
				case "$float" -> v.isTextual() ? Double.parseDouble(v.textValue()) : v.doubleValue();
				case "$datetime" -> ZonedDateTime.parse(v.textValue());
				case "$date" -> LocalDate.parse(v.textValue());
				case "$localdatetime" -> LocalDateTime.parse(v.textValue());
				case "$time" -> OffsetTime.parse(v.textValue());
				case "$localtime" -> LocalTime.parse(v.textValue());
				case "$duration" -> Values.isoDuration(v.get(0).longValue(), v.get(1).longValue(), v.get(2).longValue(),
						v.get(3).intValue());
				case "$point" -> v.get(3).isTextual()
						? Values.point(v.get(0).intValue(), v.get(1).doubleValue(), v.get(2).doubleValue())
						: Values.point(v.get(0).intValue(), v.get(1).doubleValue(), v.get(2).doubleValue(),
								v.get(3).doubleValue());
				case "$bytes" -> Base64.getDecoder().decode(v.textValue());
				default -> throw new IllegalArgumentException("unknown property type " + type);
			};
		}
		throw new IllegalArgumentException("not a property value: " + node);
	}

}
