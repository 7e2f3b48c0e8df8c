package org.oversight.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.oversight.model.Field;
import org.oversight.model.ValueType;

/**
 * Checks and converts the values of one record (an import row or a mutation's input)
 * against its fields: required values present, numbers, dates, booleans and codes well
 * formed, amounts non-negative, start dates before end dates. References are only checked
 * for form here; that they exist is {@link References}' job, which sees the whole batch
 * at once.
 */
public final class Values {

	private static final List<String[]> DATE_ORDER = List.of(new String[] { "startDate", "endDate" },
			new String[] { "openedDate", "closedDate" }, new String[] { "authorizedFrom", "authorizedTo" },
			// a revisit's new deadline comes after its verdict; an answer after the
			// hand-over
			new String[] { "date", "newDeadline" }, new String[] { "handedDate", "answeredDate" });

	private Values() {
	}

	/**
	 * The converted values by field name (absent values as null when {@code complete}),
	 * and the problems found.
	 */
	public record Checked(Map<String, Object> values, List<Problem> problems) {
	}

	/**
	 * @param fields the fields of the record
	 * @param raw the given values by field name; strings are parsed, typed values checked
	 * @param complete whether this is a whole record (import, create) rather than a
	 * change
	 * @param useColumns whether to name fields by their column (import) or name (API)
	 */
	public static Checked check(List<Field> fields, Map<String, ?> raw, boolean complete, boolean useColumns) {
		Map<String, Object> values = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		for (Field field : fields) {
			String label = useColumns ? field.column() : field.name();
			boolean given = raw.containsKey(field.name());
			Object value = blankToNull(raw.get(field.name()));
			if (value == null) {
				if (field.mandatory() && (complete || given)) {
					problems.add(new Problem(label, "a value is required"));
				}
				else if (complete || given) {
					values.put(field.name(), null);
				}
				continue;
			}
			try {
				values.put(field.name(), convert(field, value));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new Problem(label, ex.getMessage()));
			}
		}
		checkDateOrder(values, problems, fields, useColumns);
		return new Checked(values, problems);
	}

	/** The refusal of an id past {@link #MAX_ID}. */
	public static String tooLongAnId(String id) {
		return "an id has at most " + MAX_ID + " characters; this one has " + id.length();
	}

	/**
	 * Why an id (already stripped) cannot be one, or null: too long, or holding a
	 * character no one can see or type back — a space of any kind (a no-break space after
	 * ORG-SM-T05-V05 made a second village that looks like the first), a control or
	 * zero-width character — or a quote or backslash, which every query, CSV file and
	 * script would have to escape.
	 */
	public static String idProblem(String id) {
		if (id.length() > MAX_ID) {
			return tooLongAnId(id);
		}
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
					|| Character.getType(c) == Character.FORMAT || "\"'`\\".indexOf(c) >= 0) {
				return "an id has no spaces, quotes, backslashes or invisible characters; this one has "
						+ String.format("U+%04X", (int) c) + " at position " + (i + 1);
			}
		}
		return null;
	}

	private static Object blankToNull(Object value) {
		return (value instanceof String s && s.isBlank()) ? null : value;
	}

	/**
	 * The longest id: ids are keys (ORG-QA-SW, TR-000123), kept in a unique index whose
	 * entries Neo4j bounds (a 115,511-byte id from the fuzzer failed inside the database
	 * as an internal error instead of being refused here).
	 */
	public static final int MAX_ID = 200;

	static Object convert(Field field, Object value) {
		String text = value.toString().strip();
		if (field.type() == ValueType.REFERENCE || field.name().equals("id")) {
			String problem = idProblem(text);
			if (problem != null) {
				throw new IllegalArgumentException(problem);
			}
		}
		return switch (field.type()) {
			case TEXT, IDENTIFIER -> text;
			case REFERENCE -> text;
			case INTEGER -> integer(text);
			case DECIMAL -> decimal(text);
			case BOOLEAN -> bool(text);
			case DATE -> date(text);
			case CODE -> code(field, text);
		};
	}

	private static long integer(String text) {
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'" + text + "' is not a whole number");
		}
	}

	private static double decimal(String text) {
		double number;
		try {
			number = Double.parseDouble(text);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'" + text + "' is not a decimal number");
		}
		if (number < 0 || Double.isNaN(number) || Double.isInfinite(number)) {
			throw new IllegalArgumentException("'" + text + "' must be a non-negative number");
		}
		return number;
	}

	private static boolean bool(String text) {
		return switch (text) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new IllegalArgumentException("'" + text + "' is not true or false");
		};
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("'" + text + "' is not a date of the form YYYY-MM-DD");
		}
	}

	private static String code(Field field, String text) {
		if (!field.codeList().contains(text)) {
			throw new IllegalArgumentException(
					"'" + text + "' is not one of " + String.join(", ", field.codeList().codes()));
		}
		return text;
	}

	private static void checkDateOrder(Map<String, Object> values, List<Problem> problems, List<Field> fields,
			boolean useColumns) {
		for (String[] pair : DATE_ORDER) {
			if (values.get(pair[0]) instanceof LocalDate start && values.get(pair[1]) instanceof LocalDate end
					&& end.isBefore(start)) {
				String label = fields.stream()
					.filter((f) -> f.name().equals(pair[1]))
					.map((f) -> useColumns ? f.column() : f.name())
					.findFirst()
					.orElse(pair[1]);
				problems.add(new Problem(label, end + " is before " + start));
			}
		}
	}

}
