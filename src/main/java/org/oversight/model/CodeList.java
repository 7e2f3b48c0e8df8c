package org.oversight.model;

import java.util.Arrays;
import java.util.List;

/**
 * A closed list of codes with their Chinese terms, e.g. {@code FindingCategory}.
 *
 * @param name the list's name, which is also its GraphQL enum
 * @param codes the codes in order
 * @param zh the Chinese term of each code, in the same order
 * @param inverses each code as read from the other end of a tie ({@link Code#inverse()}),
 * in the same order
 */
public record CodeList(String name, List<String> codes, List<String> zh, List<String> inverses) {

	/** No codes: for fields that are not codes. */
	public static final CodeList NONE = new CodeList("", List.of(), List.of(), List.of());

	public static CodeList of(Class<? extends Enum<?>> type) {
		List<String> codes = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
		List<String> zh = Arrays.stream(type.getEnumConstants())
			.map((c) -> (c instanceof Code code) ? code.zh() : c.name())
			.toList();
		List<String> inverses = Arrays.stream(type.getEnumConstants())
			.map((c) -> (c instanceof Code code) ? code.inverse().name() : c.name())
			.toList();
		return new CodeList(type.getSimpleName(), codes, zh, inverses);
	}

	public boolean contains(String code) {
		return this.codes.contains(code);
	}

	/**
	 * The code as read from the other end of a tie; itself when it is not one of the
	 * list.
	 */
	public Object inverseOf(Object code) {
		int i = this.codes.indexOf(code);
		return (i < 0) ? code : this.inverses.get(i);
	}

	/** The Chinese term of a code, or null when it is not one of the list. */
	public String zhOf(Object code) {
		int i = this.codes.indexOf(code);
		return (i < 0) ? null : this.zh.get(i);
	}

}
