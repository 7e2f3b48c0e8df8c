package org.oversight.entity;

import java.util.List;
import java.util.Map;

import org.oversight.model.Model;
import org.oversight.security.Visibility;
import org.oversight.store.EntityStore;
import org.oversight.store.GraphEntity;
import org.oversight.store.Page;
import org.oversight.store.Sort;
import org.springframework.stereotype.Service;

/**
 * Reads for the API: lookups by id and the typed lists.
 */
@Service
public class EntityQueries {

	private final EntityStore store;

	private final Model model;

	EntityQueries(EntityStore store, Model model) {
		this.store = store;
		this.model = model;
	}

	public GraphEntity find(String id, Visibility visibility) {
		return this.store.find(id, visibility);
	}

	/** The entities in the order asked, null where an id is unknown. */
	public List<GraphEntity> findAll(List<String> ids, Visibility visibility) {
		Map<String, GraphEntity> found = new java.util.HashMap<>();
		this.store.findAll(ids, visibility).forEach((e) -> found.put(e.id(), e));
		return ids.stream().map(found::get).toList();
	}

	/**
	 * One page of a kind; with {@code withTotal} (the client asked for the total) the
	 * count is read in the same transaction, else only if asked later.
	 */
	public Connection list(String kind, Map<String, Object> filter, List<Map<String, Object>> sort, Integer first,
			String after, boolean withTotal, Visibility visibility) {
		this.model.requireEntity(kind);
		Page page = Page.of(first, after);
		List<Sort> sorts = (sort != null) ? sort.stream()
			.map((s) -> new Sort((String) s.get("field"), "DESC".equals(String.valueOf(s.get("direction")))))
			.toList() : List.of();
		Page oneMore = new Page(page.offset(), page.size() + 1);
		if (withTotal) {
			EntityStore.Counted counted = this.store.listAndCount(kind, filter, sorts, oneMore, visibility);
			return new Connection(counted.items(), page, counted::total);
		}
		List<GraphEntity> items = this.store.list(kind, filter, sorts, oneMore, visibility);
		return new Connection(items, page, () -> this.store.count(kind, filter, visibility));
	}

}
