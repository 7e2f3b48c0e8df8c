package org.oversight.model;

/**
 * A closed-list value of the domain: stored and exchanged as its English upper-case name,
 * always shown with its Chinese term as well.
 */
public interface Code {

	/** The code as stored and exchanged, e.g. {@code EIGHT_RULES}. */
	String name();

	/** The Chinese term users read, e.g. 违反中央八项规定精神. */
	String zh();

	/**
	 * The code read from the other end of a tie: a parent's child is the child's parent.
	 * Most codes read the same both ways.
	 */
	default Code inverse() {
		return this;
	}

}
