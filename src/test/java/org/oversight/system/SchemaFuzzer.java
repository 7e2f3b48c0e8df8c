package org.oversight.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

/**
 * Generates GraphQL requests from the executable schema: any root field of Query or
 * Mutation, its arguments made up by type from hostile values (bounds of Int and Float,
 * huge and negative numbers, empty and very long strings, unicode, injection strings,
 * unknown and real ids, every enum value, nested inputs), and selections that go deep and
 * wide up to and past the request limits. Arguments go inline as literals or as
 * variables, so both the parser and JSON coercion are exercised. Deterministic for a
 * seed.
 */
final class SchemaFuzzer {

	/** One generated request. */
	record Request(String rootField, boolean mutation, String query, Map<String, Object> variables) {
	}

	static final List<Object> INTS = List.of(0, 1, -1, 2, 3, 5, 10, 20, 30, 50, 100, 200, 201, 1000, 1001, 10_000,
			Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1, -1000, 4);

	/** Integer literals beyond Int, sent as text. */
	static final List<String> HUGE_INTS = List.of("2147483648", "-2147483649", "99999999999999999999999",
			"9223372036854775808");

	static final List<Object> FLOATS = List.of(0.0, -0.0, 0.5, 1.0, -1.0, 0.05, 0.3, 1.5, 1e308, -1e308, 4.9e-324,
			Double.MAX_VALUE, 1e15, 123456789.123, 2147483648.0);

	static final List<String> HUGE_FLOATS = List.of("1e400", "-1e400", "1.7976931348623159e308");

	/**
	 * Hostile strings. None holds a marker the test looks for in answers (class names,
	 * "Exception"), so an echo of the input is not mistaken for a leak.
	 */
	static final List<String> STRINGS = List.of("", " ", "a", "\u0000", "a\u0000b", "'", "\"", "\\", "`", "\n\r\t",
			"' OR 1=1 //", "\") DETACH DELETE n //", "`) MATCH (n) DETACH DELETE n //",
			"x' }) MATCH (n) SET n.pwned = true //", "{\"a\": 1}", "[1,2", "}{", "${jndi:ldap://x/a}", "%s%s%n%x",
			"../../../../etc/passwd", "/etc/passwd", "C:\\Windows\\win.ini", "<script>alert(1)</script>", "*", "%", "_",
			"~", ".*", "(?i)a+", "AND OR NOT", "::", "--", ";", "\u202Eevil\u202C", "مرحبا بالعالم",
			"\u05E9\u05DC\u05D5\u05DD", "\uD83D\uDE00\uD83D\uDD25\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
			"\uD800", "\uFEFF", "\u200B\u200B", "交通运输局", "黔安市", "张某", "局长", "巡察", "2021-03-01", "2021-02-30",
			"0000-00-00", "9999-12-31", "2021-13-45", "-2021-01-01", "2021-03-01T10:00:00Z", "2021-03-01T25:61:61",
			"+999999999-12-31", "NaN", "Infinity", "-1", "0", "1e309", "true", "null", "undefined", "Lead", "Case",
			"Entity", "__User", "__Alert", "ADMIN", "admin", "LEAD", "id", "name", "version", "_lock",
			"n.id; MATCH (m) RETURN m", "$id", "{{x}}",
			// Forged cursors: past Int, negative, not numbers.
			"Y3Vyc29yOjIxNDc0ODM2NDc=", "Y3Vyc29yOi01", "Y3Vyc29yOjk5OTk5OTk5OTk5", "Y3Vyc29yOng=", "Y3Vyc29yOjA=",
			"Y3Vyc29yOjEwMDAwMDA=", "====");

	private final GraphQLSchema schema;

	private final Random random;

	private final List<String> ids;

	private final List<String> hiddenIds;

	private final int maxDepth;

	private final int maxAliases;

	/** Enum values sent so far, by enum type, for the coverage check. */
	final Map<String, Set<String>> enumValuesSent = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> enumTurn = new ConcurrentHashMap<>();

	private int variableCount;

	private Map<String, Object> variables;

	private List<String> variableDefinitions;

	private int aliases;

	private int fieldCount;

	private int complexityTarget;

	/**
	 * @param ids real ids of the graph
	 * @param hiddenIds real ids of leads and cases, hidden from most roles
	 */
	SchemaFuzzer(GraphQLSchema schema, long seed, List<String> ids, List<String> hiddenIds, int maxDepth,
			int maxAliases) {
		this.schema = schema;
		this.random = new Random(seed);
		this.ids = ids;
		this.hiddenIds = hiddenIds;
		this.maxDepth = maxDepth;
		this.maxAliases = maxAliases;
	}

	List<GraphQLFieldDefinition> roots(boolean mutation) {
		GraphQLObjectType type = mutation ? this.schema.getMutationType() : this.schema.getQueryType();
		return type.getFieldDefinitions().stream().filter((f) -> !f.getName().startsWith("__")).toList();
	}

	/** All enum types that some argument can reach, with their values. */
	Map<String, Set<String>> argumentEnums() {
		Map<String, Set<String>> enums = new LinkedHashMap<>();
		for (boolean mutation : List.of(false, true)) {
			for (GraphQLFieldDefinition root : roots(mutation)) {
				collectEnums(root, enums, new TreeSet<>(), 0);
			}
		}
		return enums;
	}

	private void collectEnums(GraphQLFieldDefinition field, Map<String, Set<String>> enums, Set<String> seen,
			int depth) {
		for (GraphQLArgument argument : field.getArguments()) {
			collectInputEnums(argument.getType(), enums);
		}
		if (depth > 3) {
			return;
		}
		GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getType());
		if (type instanceof GraphQLObjectType object && seen.add(object.getName())) {
			object.getFieldDefinitions().forEach((f) -> collectEnums(f, enums, seen, depth + 1));
		}
	}

	private void collectInputEnums(GraphQLType type, Map<String, Set<String>> enums) {
		GraphQLType bare = GraphQLTypeUtil.unwrapAll(type);
		if (bare instanceof GraphQLEnumType e) {
			enums.put(e.getName(),
					new TreeSet<>(e.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList()));
		}
		else if (bare instanceof GraphQLInputObjectType input && !enums.containsKey("input:" + input.getName())) {
			enums.put("input:" + input.getName(), Set.of());
			input.getFieldDefinitions().forEach((f) -> collectInputEnums(f.getType(), enums));
		}
	}

	/** A request for this root field, arguments and selection made up. */
	Request request(GraphQLFieldDefinition root, boolean mutation) {
		this.variableCount = 0;
		this.variables = new LinkedHashMap<>();
		this.variableDefinitions = new ArrayList<>();
		this.aliases = 0;
		this.fieldCount = 0;
		boolean useVariables = this.random.nextInt(3) == 0;
		// Mostly within the bounds, now and then past them.
		this.complexityTarget = pick(List.of(5, 20, 60, 150, 400, 480, 700));
		int depth = 1 + this.random.nextInt(this.maxDepth + 2);
		StringBuilder body = new StringBuilder();
		int copies = mutation ? 1 : (this.random.nextInt(10) == 0 ? 2 + this.random.nextInt(this.maxAliases + 2) : 1);
		for (int i = 0; i < copies; i++) {
			if (copies > 1) {
				body.append("a").append(i).append(": ");
				this.aliases++;
			}
			body.append(field(root, depth, useVariables)).append(' ');
		}
		String operation = mutation ? "mutation" : "query";
		String definitions = this.variableDefinitions.isEmpty() ? ""
				: "(" + String.join(", ", this.variableDefinitions) + ")";
		return new Request(root.getName(), mutation, operation + " Fuzz" + definitions + " { " + body + "}",
				this.variables);
	}

	private String field(GraphQLFieldDefinition field, int depth, boolean useVariables) {
		this.fieldCount++;
		StringBuilder out = new StringBuilder(field.getName());
		List<String> arguments = new ArrayList<>();
		for (GraphQLArgument argument : field.getArguments()) {
			boolean required = GraphQLTypeUtil.isNonNull(argument.getType());
			// A required argument is left out now and then, to see it refused.
			if (required ? this.random.nextInt(40) == 0 : this.random.nextInt(3) != 0) {
				continue;
			}
			arguments.add(argument.getName() + ": " + argument(argument.getType(), useVariables));
		}
		if (!arguments.isEmpty()) {
			out.append('(').append(String.join(", ", arguments)).append(')');
		}
		String selection = selection(field.getType(), depth - 1, useVariables);
		if (!selection.isEmpty()) {
			out.append(' ').append(selection);
		}
		return out.toString();
	}

	private String argument(GraphQLInputType type, boolean useVariables) {
		if (useVariables && this.random.nextInt(2) == 0) {
			String name = "v" + (this.variableCount++);
			this.variableDefinitions.add("$" + name + ": " + GraphQLTypeUtil.simplePrint(type));
			Object value = json(type, 0);
			// A variable of a non-null type sent as null is refused; leave it out instead
			// of sending an absent-null that the test would not learn from.
			if (value != null || !GraphQLTypeUtil.isNonNull(type) || this.random.nextInt(10) == 0) {
				this.variables.put(name, value);
			}
			return "$" + name;
		}
		return literal(type, 0);
	}

	/** A GraphQL literal for a value of this type, hostile where it can be. */
	String literal(GraphQLType type, int nesting) {
		boolean nonNull = type instanceof GraphQLNonNull;
		GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
		if (!nonNull && this.random.nextInt(12) == 0) {
			return "null";
		}
		if (this.random.nextInt(50) == 0) {
			return wrongKind(bare);
		}
		if (bare instanceof GraphQLList list) {
			int n = listLength(nesting);
			List<String> items = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				items.add(literal(list.getWrappedType(), nesting));
			}
			// A single value where a list is expected is coerced to a list of one.
			return (n == 1 && this.random.nextBoolean()) ? items.get(0) : "[" + String.join(", ", items) + "]";
		}
		if (bare instanceof GraphQLEnumType e) {
			return enumValue(e);
		}
		if (bare instanceof GraphQLInputObjectType input) {
			List<String> fields = new ArrayList<>();
			for (GraphQLInputObjectField f : input.getFieldDefinitions()) {
				boolean required = GraphQLTypeUtil.isNonNull(f.getType()) && f.getInputFieldDefaultValue().isNotSet();
				if (nesting < 4 && (required ? this.random.nextInt(30) != 0 : this.random.nextInt(3) == 0)) {
					fields.add(f.getName() + ": " + literal(f.getType(), nesting + 1));
				}
			}
			return "{" + String.join(", ", fields) + "}";
		}
		GraphQLScalarType scalar = (GraphQLScalarType) bare;
		return switch (scalar.getName()) {
			case "Int" -> (this.random.nextInt(8) == 0) ? pick(HUGE_INTS) : String.valueOf(intValue());
			case "Float" -> (this.random.nextInt(8) == 0) ? pick(HUGE_FLOATS) : floatLiteral();
			case "Boolean" -> String.valueOf(this.random.nextBoolean());
			default -> quote(text(scalar.getName()));
		};
	}

	/** A JSON value (for a variable) of this type, hostile where it can be. */
	Object json(GraphQLType type, int nesting) {
		boolean nonNull = type instanceof GraphQLNonNull;
		GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
		if (!nonNull && this.random.nextInt(12) == 0) {
			return null;
		}
		if (this.random.nextInt(50) == 0) {
			return pick(List.of("x", 1, 1.5, true, List.of(), Map.of("a", 1)));
		}
		if (bare instanceof GraphQLList list) {
			int n = listLength(nesting);
			List<Object> items = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				items.add(json(list.getWrappedType(), nesting));
			}
			return items;
		}
		if (bare instanceof GraphQLEnumType e) {
			return enumValue(e);
		}
		if (bare instanceof GraphQLInputObjectType input) {
			Map<String, Object> fields = new LinkedHashMap<>();
			for (GraphQLInputObjectField f : input.getFieldDefinitions()) {
				boolean required = GraphQLTypeUtil.isNonNull(f.getType()) && f.getInputFieldDefaultValue().isNotSet();
				if (nesting < 4 && (required ? this.random.nextInt(30) != 0 : this.random.nextInt(3) == 0)) {
					fields.put(f.getName(), json(f.getType(), nesting + 1));
				}
			}
			if (this.random.nextInt(20) == 0) {
				fields.put("notAField", "x");
			}
			return fields;
		}
		GraphQLScalarType scalar = (GraphQLScalarType) bare;
		return switch (scalar.getName()) {
			case "Int" -> (this.random.nextInt(8) == 0) ? new java.math.BigInteger(pick(HUGE_INTS)) : intValue();
			case "Float" ->
				(this.random.nextInt(8) == 0) ? new java.math.BigDecimal(pick(HUGE_FLOATS)) : (Object) pick(FLOATS);
			case "Boolean" -> this.random.nextBoolean();
			default -> text(scalar.getName());
		};
	}

	private int listLength(int nesting) {
		int roll = this.random.nextInt(20);
		if (roll == 0) {
			return 0;
		}
		if (roll == 1 && nesting == 0) {
			return 60 + this.random.nextInt(200);
		}
		return 1 + this.random.nextInt(3);
	}

	private String wrongKind(GraphQLType bare) {
		return pick(List.of("\"x\"", "1", "1.5", "true", "[]", "{a: 1}", "NOT_AN_ENUM", "null"));
	}

	/** Every value of an enum in turn, so all are sent; now and then one that is not. */
	private String enumValue(GraphQLEnumType e) {
		if (this.random.nextInt(40) == 0) {
			return "NOT_A_VALUE";
		}
		List<GraphQLEnumValueDefinition> values = e.getValues();
		int turn = this.enumTurn.computeIfAbsent(e.getName(), (k) -> new AtomicInteger()).getAndIncrement();
		String value = values.get(turn % values.size()).getName();
		this.enumValuesSent.computeIfAbsent(e.getName(), (k) -> ConcurrentHashMap.newKeySet()).add(value);
		return value;
	}

	private int intValue() {
		return (this.random.nextInt(6) == 0) ? this.random.nextInt() : (int) pick(INTS);
	}

	private String floatLiteral() {
		Object value = pick(FLOATS);
		return (this.random.nextInt(6) == 0) ? String.valueOf(this.random.nextDouble() * 1000 - 500)
				: String.valueOf(value);
	}

	private String text(String scalar) {
		int roll = this.random.nextInt(10);
		if (roll < 3) {
			return pick(this.ids);
		}
		if (roll == 3) {
			return pick(this.hiddenIds);
		}
		if (roll == 4) {
			return pick(this.ids) + pick(List.of("x", " ", "\u0000", "'", "\""));
		}
		if (roll == 5 && this.random.nextInt(4) == 0) {
			// Long strings: 10k to 200k characters.
			String unit = pick(List.of("a", "线", "\uD83D\uDE00", "' OR 1=1 //", "\u202E"));
			return unit.repeat((10_000 + this.random.nextInt(190_000)) / unit.length());
		}
		if (roll == 6) {
			return "NO-SUCH-" + this.random.nextInt(1000);
		}
		return pick(STRINGS);
	}

	/** A selection of fields of this type, within the request's depth and complexity. */
	private String selection(GraphQLOutputType type, int depth, boolean useVariables) {
		GraphQLType bare = GraphQLTypeUtil.unwrapAll(type);
		if (!(bare instanceof GraphQLObjectType || bare instanceof GraphQLInterfaceType
				|| bare instanceof GraphQLUnionType)) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		if (bare instanceof GraphQLObjectType object) {
			parts.addAll(fields(object.getFieldDefinitions(), depth, useVariables));
		}
		else {
			if (bare instanceof GraphQLInterfaceType iface) {
				parts.addAll(fields(iface.getFieldDefinitions(), depth, useVariables));
			}
			List<GraphQLObjectType> possible = new ArrayList<>((bare instanceof GraphQLInterfaceType i)
					? this.schema.getImplementations(i)
					: ((GraphQLUnionType) bare).getTypes().stream().map(GraphQLObjectType.class::cast).toList());
			Collections.shuffle(possible, this.random);
			for (GraphQLObjectType impl : possible.subList(0, Math.min(possible.size(), this.random.nextInt(4)))) {
				List<String> inner = fields(impl.getFieldDefinitions(), depth, useVariables);
				if (!inner.isEmpty()) {
					parts.add("... on " + impl.getName() + " { " + String.join(" ", inner) + " }");
				}
			}
		}
		if (parts.isEmpty()) {
			parts.add("__typename");
		}
		return "{ " + String.join(" ", parts) + " }";
	}

	private List<String> fields(List<GraphQLFieldDefinition> definitions, int depth, boolean useVariables) {
		List<GraphQLFieldDefinition> shuffled = new ArrayList<>(definitions);
		Collections.shuffle(shuffled, this.random);
		List<String> out = new ArrayList<>();
		for (GraphQLFieldDefinition f : shuffled) {
			boolean leaf = !(GraphQLTypeUtil.unwrapAll(f.getType()) instanceof GraphQLObjectType
					|| GraphQLTypeUtil.unwrapAll(f.getType()) instanceof GraphQLInterfaceType
					|| GraphQLTypeUtil.unwrapAll(f.getType()) instanceof GraphQLUnionType);
			if (this.fieldCount >= this.complexityTarget && !out.isEmpty()) {
				break;
			}
			if (!leaf && depth <= 0) {
				continue;
			}
			if (this.random.nextInt(leaf ? 2 : 3) != 0 && !out.isEmpty()) {
				continue;
			}
			String alias = "";
			if (this.aliases < this.maxAliases + 2 && this.random.nextInt(25) == 0) {
				alias = "x" + this.aliases++ + ": ";
			}
			out.add(alias + field(f, depth, useVariables));
		}
		return out;
	}

	/** A GraphQL string literal, every character that needs it escaped. */
	static String quote(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20 || Character.isSurrogate(c) && lone(text, i)) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	/** Whether the surrogate at i has no partner (it cannot be sent as UTF-8 as is). */
	private static boolean lone(String text, int i) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
		}
		return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
	}

	@SuppressWarnings("unchecked")
	private <T> T pick(List<? extends T> list) {
		return list.get(this.random.nextInt(list.size()));
	}

	Random random() {
		return this.random;
	}

}
