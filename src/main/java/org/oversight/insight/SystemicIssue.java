package org.oversight.insight;

import java.util.List;

import org.oversight.store.GraphEntity;

/**
 * A finding category that recurs across the organizations of one sector: what leadership
 * hands to the sector's competent department (向行业主管部门分类移交).
 *
 * @param sector the sector code
 * @param sectorZh its Chinese term
 * @param category the finding category code
 * @param categoryZh its Chinese term
 * @param orgCount the organizations of the sector with a finding of the category
 * @param targets the organizations of the sector that were inspection targets
 * @param share orgCount / targets, 4 decimals
 * @param findings how many findings of the category
 * @param organizations the organizations affected
 * @param byLevel how many of them at each level
 * @param trend per round, in date order: how many organizations and findings
 * @param regulator the kind of department the issue goes to, e.g. 教育局
 * @param department the competent department, an organization of the graph, or null
 * @param findingRecords the findings counted, by id (the drill-down behind
 * {@code findings})
 * @param handovers the hand-overs to a competent department (移交行业主管部门) carrying any of
 * them, oldest first
 */
public record SystemicIssue(String sector, String sectorZh, String category, String categoryZh, int orgCount,
		int targets, double share, int findings, List<GraphEntity> organizations, List<LevelCount> byLevel,
		List<RoundCount> trend, String regulator, GraphEntity department, List<GraphEntity> findingRecords,
		List<GraphEntity> handovers) {

	/** The same issue, going to this department of the graph. */
	SystemicIssue withDepartment(GraphEntity department) {
		return new SystemicIssue(this.sector, this.sectorZh, this.category, this.categoryZh, this.orgCount,
				this.targets, this.share, this.findings, this.organizations, this.byLevel, this.trend, this.regulator,
				department, this.findingRecords, this.handovers);
	}

	/** How many organizations of one level. */
	public record LevelCount(String level, int orgs) {
	}

	/** A round's share of the issue. */
	public record RoundCount(String roundId, String round, String startDate, int orgs, int findings) {
	}

}
