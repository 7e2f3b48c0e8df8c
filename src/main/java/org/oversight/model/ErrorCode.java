package org.oversight.model;

/**
 * The codes every error the API returns carries, so clients can react without parsing
 * text.
 */
public enum ErrorCode {

	/** An argument is malformed or out of range. */
	BAD_REQUEST,
	/**
	 * A value breaks a rule of the model (required, code list, date order, reference).
	 */
	VALIDATION,
	/** The entity named does not exist (or is not visible to the caller). */
	NOT_FOUND,
	/** Someone else changed the entity since the caller read it. */
	CONFLICT,
	/** A bound on size, depth, hops or page length was exceeded. */
	LIMIT_EXCEEDED,
	/**
	 * A team member has a tie to a target that obliges recusal (回避), and no override
	 * reason was given.
	 */
	CONFLICT_OF_INTEREST,
	/**
	 * A state change the lifecycle does not allow from the current state; the error lists
	 * the allowed next states.
	 */
	INVALID_TRANSITION,
	/** The caller may not do this. */
	FORBIDDEN,
	/**
	 * A capability the request needs is missing on this installation (e.g. Graph Data
	 * Science on an external Neo4j).
	 */
	UNAVAILABLE,
	/** Something failed inside; details are in the server log only. */
	INTERNAL

}
