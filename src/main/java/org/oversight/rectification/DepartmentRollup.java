package org.oversight.rectification;

import java.util.List;

import org.oversight.store.GraphEntity;

/**
 * Problems of one kind that roll up to one competent department (向行业主管部门分类移交).
 *
 * @param category the kind of problem
 * @param categoryZh its Chinese term
 * @param department the competent department of the committee, or null when it has none
 * @param orgCount the organizations with such a finding
 * @param sectors the sectors they were found in
 * @param findings how many findings
 * @param covered how many of them hand-overs to the department already carry
 * @param organizations the organizations
 * @param handovers the hand-overs of that kind made to the department
 */
public record DepartmentRollup(String category, String categoryZh, GraphEntity department, int orgCount,
		List<String> sectors, int findings, int covered, List<GraphEntity> organizations, List<GraphEntity> handovers) {
}
