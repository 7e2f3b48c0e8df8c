package org.oversight.explore;

import java.util.List;

import org.oversight.store.GraphEntity;

/**
 * One path, its nodes and edges in order from where it starts, and a sentence that reads
 * it ("张某 — has as SPOUSE — 李某 — has a role in (SHAREHOLDER, 60%) — 某建设公司").
 *
 * @param length the number of edges
 * @param nodes the nodes in order
 * @param edges the edges in order; {@code edges[i]} joins {@code nodes[i]} and
 * {@code nodes[i+1]}, in whichever direction it is stored
 * @param sentence the readable sentence
 */
public record GraphPath(int length, List<GraphEntity> nodes, List<Edge> edges, String sentence) {
}
