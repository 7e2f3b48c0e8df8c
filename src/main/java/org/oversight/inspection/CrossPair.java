package org.oversight.inspection;

import java.util.List;

import org.oversight.store.GraphEntity;

/**
 * A team of one county assigned to inspect another county, or such a pair left out.
 *
 * @param team the team
 * @param fromCounty the team's home county
 * @param toCounty the county it would inspect
 * @param reason why the pair was left out; null for a proposed pair
 * @param detail the reason in words
 * @param conflicts the recusal conflicts behind {@code CONFLICT_OF_INTEREST}
 */
public record CrossPair(GraphEntity team, GraphEntity fromCounty, GraphEntity toCounty, Exclusion reason, String detail,
		List<Conflict> conflicts) {

	public String reasonZh() {
		return (this.reason != null) ? this.reason.zh() : null;
	}

	/** Why a cross pair is not proposed. */
	public enum Exclusion implements org.oversight.model.Code {

		/** A member of the team must recuse for that county. */
		CONFLICT_OF_INTEREST("存在应回避情形"),
		/** The county's team is proposed to inspect the team's county: A→B with B→A. */
		RECIPROCAL("对等互查"),
		/** Another team is proposed for that county. */
		TARGET_TAKEN("已由其他巡察组巡察"),
		/** The team's county inspected that county in the previous cross round. */
		REPEATED("上一轮交叉巡察已巡察该县");

		private final String zh;

		Exclusion(String zh) {
			this.zh = zh;
		}

		@Override
		public String zh() {
			return this.zh;
		}

	}

}
