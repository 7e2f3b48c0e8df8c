package org.oversight.lead;

/** Looks up an enum constant by name without an exception for unknown names. */
final class Codes {

	private Codes() {
	}

	static <E extends Enum<E>> E find(Class<E> type, String name) {
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(name)) {
				return value;
			}
		}
		return null;
	}

}
