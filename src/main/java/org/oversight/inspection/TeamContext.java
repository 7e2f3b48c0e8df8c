package org.oversight.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * What recusal needs to know about a team: its round's kind and dates, its members and
 * targets.
 */
record TeamContext(String teamId, String roundId, String roundType, LocalDate start, LocalDate end,
		List<String> members, List<String> targets) {

	/** The day the team is judged on: the round's start, else today. */
	LocalDate asOf() {
		return (this.start != null) ? this.start : LocalDate.now();
	}

	/** The last day of the team's round: its end, else its start (an open round). */
	LocalDate until() {
		return (this.end != null) ? this.end : asOf();
	}

	boolean cross() {
		return RoundType.CROSS.name().equals(this.roundType);
	}

}
