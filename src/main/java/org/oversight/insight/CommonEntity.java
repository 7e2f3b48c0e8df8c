package org.oversight.insight;

import java.util.List;

import org.oversight.store.GraphEntity;

/**
 * A person, company or account that findings or leads of several organizations implicate:
 * the commonality across cases (从个案当中找到共性).
 *
 * @param entity the entity
 * @param items the findings and the leads (those the caller may see) implicating it
 * @param organizations the organizations they concern
 * @param levels the levels of those organizations
 */
public record CommonEntity(GraphEntity entity, List<GraphEntity> items, List<GraphEntity> organizations,
		List<String> levels) {
}
