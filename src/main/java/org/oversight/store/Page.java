package org.oversight.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.oversight.model.DomainException;

/**
 * A window of a sorted list: where it starts and how long it is, read from Relay's
 * {@code first}/{@code after} arguments.
 *
 * @param offset rows skipped
 * @param size rows returned at most
 */
public record Page(int offset, int size) {

	/** The longest page any list returns. */
	public static final int MAX_SIZE = 200;

	public static Page of(Integer first, String after) {
		int size = (first != null) ? first : 50;
		if (size < 0 || size > MAX_SIZE) {
			throw DomainException.limit("first", "first must be between 0 and " + MAX_SIZE + ", was " + size);
		}
		return new Page((after != null) ? decode(after) + 1 : 0, size);
	}

	public static String cursor(int position) {
		return Base64.getEncoder().encodeToString(("cursor:" + position).getBytes(StandardCharsets.UTF_8));
	}

	private static int decode(String cursor) {
		try {
			String text = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (!text.startsWith("cursor:")) {
				throw new IllegalArgumentException(text);
			}
			int position = Integer.parseInt(text.substring("cursor:".length()));
			// A forged cursor must not turn into a negative or overflowing offset.
			if (position < 0 || position == Integer.MAX_VALUE) {
				throw new IllegalArgumentException(text);
			}
			return position;
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.badRequest("after", "Not a cursor this API issued: "
					+ ((cursor.length() > 60) ? cursor.substring(0, 60) + "…" : cursor));
		}
	}

}
