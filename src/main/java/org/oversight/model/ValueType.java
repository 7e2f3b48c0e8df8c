package org.oversight.model;

/**
 * How a column of the import format, a GraphQL input field and a stored property are
 * typed.
 */
public enum ValueType {

	/** Free text. */
	TEXT,
	/** A whole number. */
	INTEGER,
	/** A non-negative decimal (amounts in yuan, quantities, shares). */
	DECIMAL,
	/** {@code true} or {@code false}. */
	BOOLEAN,
	/** An ISO-8601 date, stored as a Neo4j {@code Date}. */
	DATE,
	/** One of a closed list of upper-case codes. */
	CODE,
	/**
	 * The id of another entity; stored as a relationship, or as a property when the field
	 * has no relationship type (a transfer's fund and project).
	 */
	REFERENCE,
	/**
	 * A personal identifier (身份证号): never stored in clear; kept as a keyed hash for
	 * matching and a masked form for display.
	 */
	IDENTIFIER

}
