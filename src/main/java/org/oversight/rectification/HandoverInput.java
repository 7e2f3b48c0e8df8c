package org.oversight.rectification;

import java.util.List;

/**
 * A hand-over of problems of one kind to the competent department (移交行业主管部门).
 *
 * @param id its id, or null for a generated one
 * @param regulatorId the competent department: an organization of the graph
 * @param category the kind of problem (a FindingCategory code)
 * @param findingIds the findings handed over, all of that kind
 * @param handedDate the day, not in the future
 * @param summary what is handed over and what is asked
 * @param name a display name
 */
public record HandoverInput(String id, String regulatorId, String category, List<String> findingIds, String handedDate,
		String summary, String name) {
}
