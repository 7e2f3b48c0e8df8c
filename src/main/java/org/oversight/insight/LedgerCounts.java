package org.oversight.insight;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The rectification ledger's counts over a scope, from which each {@link RateDefinition}
 * takes its numerator and denominator.
 *
 * @param fedBack problems with at least one task
 * @param rectified fed-back problems whose every task is done or verified
 * @param tasks ledger lines
 * @param tasksDone lines done or verified
 * @param verified fed-back problems whose every task passed a revisit
 * @param due fed-back problems whose every task's deadline has come
 * @param dueRectified of those, the rectified
 */
record LedgerCounts(long fedBack, long rectified, long tasks, long tasksDone, long verified, long due,
		long dueRectified) {

	static LedgerCounts of(Map<String, Long> m) {
		return new LedgerCounts(m.getOrDefault("fedBack", 0L), m.getOrDefault("rectified", 0L),
				m.getOrDefault("tasks", 0L), m.getOrDefault("tasksDone", 0L), m.getOrDefault("verified", 0L),
				m.getOrDefault("due", 0L), m.getOrDefault("dueRectified", 0L));
	}

	static LedgerCounts of(org.neo4j.driver.Record r) {
		return new LedgerCounts(r.get("fedBack").asLong(), r.get("rectified").asLong(), r.get("tasks").asLong(),
				r.get("tasksDone").asLong(), r.get("verified").asLong(), r.get("due").asLong(),
				r.get("dueRectified").asLong());
	}

	DefinedRate rate(RateDefinition definition) {
		return switch (definition) {
			case PER_PROBLEM -> new DefinedRate(definition, this.rectified, this.fedBack);
			case PER_TASK -> new DefinedRate(definition, this.tasksDone, this.tasks);
			case VERIFIED_ONLY -> new DefinedRate(definition, this.verified, this.fedBack);
			case DUE_ONLY -> new DefinedRate(definition, this.dueRectified, this.due);
		};
	}

	List<DefinedRate> rates() {
		return Arrays.stream(RateDefinition.values()).map(this::rate).toList();
	}

}
