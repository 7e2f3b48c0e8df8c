package org.oversight.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.oversight.store.Page;

/**
 * A Relay connection over one page of a list. The total is counted only if a client asks
 * for it.
 */
public final class Connection {

	private final List<Edge> edges;

	private final PageInfo pageInfo;

	private final LongSupplier total;

	/** One item with its cursor. */
	public record Edge(String cursor, Object node) {
	}

	/** Where the page sits. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	/**
	 * @param items the page read with one more item than asked, to know whether more
	 * follow
	 */
	public Connection(List<?> items, Page page, LongSupplier total) {
		int shown = Math.min(items.size(), page.size());
		this.edges = new ArrayList<>(shown);
		for (int i = 0; i < shown; i++) {
			this.edges.add(new Edge(Page.cursor(page.offset() + i), items.get(i)));
		}
		this.pageInfo = new PageInfo(items.size() > page.size(), page.offset() > 0,
				this.edges.isEmpty() ? null : this.edges.get(0).cursor(),
				this.edges.isEmpty() ? null : this.edges.get(shown - 1).cursor());
		this.total = total;
	}

	public List<Edge> getEdges() {
		return this.edges;
	}

	public List<Object> getNodes() {
		return this.edges.stream().map(Edge::node).toList();
	}

	public PageInfo getPageInfo() {
		return this.pageInfo;
	}

	public long getTotalCount() {
		return this.total.getAsLong();
	}

}
