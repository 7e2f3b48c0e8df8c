package org.oversight.trace;

import java.util.List;

import org.oversight.explore.Subgraph;

/**
 * Where money went from a fund, a project, an allocation or an account (or where it came
 * from, upstream).
 *
 * @param direction DOWNSTREAM or UPSTREAM
 * @param graph the accounts, their holders and the transfers, drawable as is
 * @param allocated the fund's allocated amount, or null when the trail does not start at
 * a fund
 * @param disbursed the money of the first hop
 * @param delivered the money that reached companies and persons, and households as
 * subsidies
 * @param hops the totals per hop
 * @param levels the totals per level
 * @param accounts every account with what passed through it
 * @param discrepancies where the amounts disagree
 */
public record MoneyTrail(String direction, Subgraph graph, Double allocated, double disbursed, double delivered,
		List<TrailHop> hops, List<TrailLevel> levels, List<TrailAccount> accounts, List<Discrepancy> discrepancies) {
}
