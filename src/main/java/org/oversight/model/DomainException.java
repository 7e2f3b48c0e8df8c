package org.oversight.model;

/**
 * An expected failure with a code and, where it concerns one, the argument or field at
 * fault; reported to users as is (never with a stack trace).
 */
public class DomainException extends RuntimeException {

	private final ErrorCode code;

	private final String field;

	private final java.util.Map<String, Object> details;

	public DomainException(ErrorCode code, String field, String message) {
		this(code, field, message, java.util.Map.of());
	}

	/**
	 * @param details more for clients to branch on, reported in the error's extensions
	 * (e.g. the allowed next states of a refused transition)
	 */
	public DomainException(ErrorCode code, String field, String message, java.util.Map<String, Object> details) {
		super(message);
		this.code = code;
		this.field = field;
		this.details = java.util.Map.copyOf(details);
	}

	public static DomainException badRequest(String field, String message) {
		return new DomainException(ErrorCode.BAD_REQUEST, field, message);
	}

	public static DomainException limit(String field, String message) {
		return new DomainException(ErrorCode.LIMIT_EXCEEDED, field, message);
	}

	/**
	 * Refuses a count or bound outside {@code 1..max} with LIMIT_EXCEEDED, naming the
	 * argument and the bound.
	 */
	public static void requireWithin(String argument, int value, int max) {
		if (value < 1 || value > max) {
			throw limit(argument, argument + " must be between 1 and " + max + ", was " + value);
		}
	}

	public static DomainException notFound(String field, String id) {
		return new DomainException(ErrorCode.NOT_FOUND, field, "No entity with id '" + id + "'");
	}

	public ErrorCode code() {
		return this.code;
	}

	/** More for clients, added to the error's extensions. */
	public java.util.Map<String, Object> details() {
		return this.details;
	}

	/** The argument or field at fault, or null. */
	public String field() {
		return this.field;
	}

}
