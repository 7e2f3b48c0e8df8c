package org.oversight.redflag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.oversight.graph.NamedQuery;

/**
 * Reads a rule file's header into a {@link RedFlagRule}, refusing, with the file's name,
 * a header that is missing a line or holds a value the engine cannot use.
 */
final class RuleHeader {

	static final List<String> REQUIRED = List.of("code", "title", "titleZh", "severity", "subject", "description",
			"descriptionZh", "parameters", "returns");

	static final Set<String> SEVERITIES = Set.of("HIGH", "MEDIUM", "LOW");

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

	private static final Pattern NAME = Pattern.compile("[a-zA-Z]\\w*");

	private static final Pattern RANGE = Pattern.compile("(-?[\\d.]+)\\.\\.(-?[\\d.]+)");

	private RuleHeader() {
	}

	static RedFlagRule parse(NamedQuery query) {
		String file = "queries/" + query.name() + ".cypher";
		Map<String, String> header = query.header();
		for (String key : REQUIRED) {
			if (!header.containsKey(key)) {
				throw refused(file, "the header has no '// " + key + ":' line");
			}
			if (!key.equals("parameters") && header.get(key).isBlank()) {
				throw refused(file, "'// " + key + ":' is empty");
			}
		}
		String code = header.get("code");
		String fileName = query.name().substring(query.name().lastIndexOf('/') + 1);
		if (!CODE.matcher(code).matches()) {
			throw refused(file, "code '" + code + "' is not an upper-case code like SPLIT_CONTRACTS");
		}
		if (!code.equals(fileName)) {
			throw refused(file, "code '" + code + "' differs from the file name '" + fileName + "'");
		}
		String severity = header.get("severity");
		if (!SEVERITIES.contains(severity)) {
			throw refused(file, "severity '" + severity + "' is not one of HIGH, MEDIUM, LOW");
		}
		List<RuleParameter> parameters = parameters(file, header.get("parameters"), header.getOrDefault("bounds", ""));
		return new RedFlagRule(code, header.get("title"), header.get("titleZh"), severity, header.get("subject"),
				header.get("description"), header.get("descriptionZh"), List.copyOf(parameters), header.get("returns"),
				header.getOrDefault("choices", ""), query.name());
	}

	private static List<RuleParameter> parameters(String file, String declared, String boundsText) {
		Map<String, double[]> bounds = new HashMap<>();
		for (String item : items(boundsText)) {
			String[] pair = pair(file, "bounds", item);
			Matcher m = RANGE.matcher(pair[1]);
			if (!m.matches()) {
				throw refused(file, "bound '" + item + "' is not of the form name=min..max");
			}
			bounds.put(pair[0], new double[] { number(file, item, m.group(1)), number(file, item, m.group(2)) });
		}
		List<RuleParameter> parameters = new ArrayList<>();
		for (String item : items(declared)) {
			String[] pair = pair(file, "parameters", item);
			if (pair[0].equals("asOf")) {
				throw refused(file, "asOf is given by the engine and cannot be a parameter");
			}
			double value = number(file, item, pair[1]);
			double[] range = bounds.getOrDefault(pair[0], new double[] { 0, Double.MAX_VALUE });
			RuleParameter parameter = new RuleParameter(pair[0], value, !pair[1].contains("."), range[0], range[1]);
			if (parameter.problem(value) != null) {
				throw refused(file, "default out of its bounds: " + parameter.problem(value));
			}
			parameters.add(parameter);
		}
		for (String name : bounds.keySet()) {
			if (parameters.stream().noneMatch((p) -> p.name().equals(name))) {
				throw refused(file, "bounds name '" + name + "', which is not a parameter");
			}
		}
		return parameters;
	}

	private static List<String> items(String text) {
		return (text == null || text.isBlank()) ? List.of()
				: List.of(text.split(",")).stream().map(String::strip).toList();
	}

	private static String[] pair(String file, String key, String item) {
		String[] pair = item.split("=", 2);
		if (pair.length != 2 || !NAME.matcher(pair[0].strip()).matches()) {
			throw refused(file, key + " item '" + item + "' is not of the form name=value");
		}
		return new String[] { pair[0].strip(), pair[1].strip() };
	}

	private static double number(String file, String item, String text) {
		try {
			return Double.parseDouble(text);
		}
		catch (NumberFormatException ex) {
			throw refused(file, "'" + item + "' does not give a number");
		}
	}

	private static IllegalStateException refused(String file, String why) {
		return new IllegalStateException("Red-flag rule " + file + " refused: " + why);
	}

}
