package org.oversight.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.oversight.explore.Subgraph;
import org.oversight.store.GraphEntity;

/**
 * The sums of a money trail: per account, hop and level, and the discrepancies between
 * what was allocated, disbursed and received.
 */
final class TrailFigures {

	private final TrailStart.Start start;

	private final Map<String, Node> accounts;

	private final Map<String, Relationship> transfers;

	private final Map<String, Integer> hopOf;

	private final Map<String, Node> holders;

	private final Map<String, String> levels;

	private final Map<String, String> idsByElement = new HashMap<>();

	private final Map<String, Double> received = new HashMap<>();

	private final Map<String, Double> paidOut = new HashMap<>();

	private final double toHouseholds;

	/**
	 * @param subsidies per account, the subsidies it paid to households: paid out, and
	 * delivered (the households are where the money ends)
	 */
	TrailFigures(TrailStart.Start start, Map<String, Node> accounts, Map<String, Relationship> transfers,
			Map<String, Integer> hopOf, Map<String, Node> holders, Map<String, String> levels,
			Map<String, Double> subsidies) {
		this.start = start;
		this.accounts = accounts;
		this.transfers = transfers;
		this.hopOf = hopOf;
		this.holders = holders;
		this.levels = levels;
		accounts.forEach((id, node) -> this.idsByElement.put(node.elementId(), id));
		for (Relationship t : transfers.values()) {
			double amount = t.get("amount").asDouble();
			this.paidOut.merge(from(t), amount, Double::sum);
			this.received.merge(to(t), amount, Double::sum);
		}
		subsidies.forEach((account, amount) -> this.paidOut.merge(account, amount, Double::sum));
		this.toHouseholds = subsidies.values().stream().mapToDouble(Double::doubleValue).sum();
	}

	MoneyTrail trail(String direction, Subgraph graph, double tolerance, Set<String> personalIncome) {
		List<TrailAccount> accounts = accounts();
		double disbursed = this.transfers.entrySet()
			.stream()
			.filter((e) -> this.hopOf.get(e.getKey()) == 1)
			.mapToDouble((e) -> e.getValue().get("amount").asDouble())
			.sum();
		double delivered = accounts.stream()
			.filter((a) -> "COMPANY".equals(a.level()) || "PERSON".equals(a.level()))
			.mapToDouble(TrailAccount::received)
			.sum() + this.toHouseholds;
		List<Discrepancy> discrepancies = new ArrayList<>();
		if (this.start.allocated() != null && disbursed < this.start.allocated() * (1 - tolerance)) {
			discrepancies.add(new Discrepancy("SHORTFALL", "拨付不足", null, this.start.allocated() - disbursed,
					String.format("Allocated ¥%,.0f but disbursed ¥%,.0f", this.start.allocated(), disbursed),
					String.format("下达 ¥%,.0f，实际拨付 ¥%,.0f", this.start.allocated(), disbursed)));
		}
		for (TrailAccount account : accounts) {
			if (retainedTooMuch(account, tolerance)) {
				discrepancies.add(new Discrepancy("RETAINED", "资金滞留/去向不明", account.account().id(), account.retained(),
						String.format("%s received ¥%,.0f and passed on ¥%,.0f", label(account), account.received(),
								account.paidOut()),
						String.format("%s 收到 ¥%,.0f，仅拨出 ¥%,.0f", label(account), account.received(),
								account.paidOut())));
			}
		}
		discrepancies.addAll(personal(personalIncome));
		return new MoneyTrail(direction, graph, this.start.allocated(), disbursed, delivered, hops(), levels(accounts),
				accounts, discrepancies);
	}

	private boolean retainedTooMuch(TrailAccount account, double tolerance) {
		boolean isRoot = this.start.nodes()
			.stream()
			.anyMatch((n) -> n.get("id").asString().equals(account.account().id()));
		boolean isPublic = "PUBLIC".equals(account.account().properties().get("accountKind"));
		return isPublic && !isRoot && account.received() > 0 && account.retained() > account.received() * tolerance;
	}

	private List<Discrepancy> personal(Set<String> personalIncome) {
		Map<String, Double> amounts = new LinkedHashMap<>();
		for (Relationship t : this.transfers.values()) {
			Node target = this.accounts.get(to(t));
			boolean personalAccount = "PERSONAL".equals(target.get("accountKind").asString(null));
			if (personalAccount && !personalIncome.contains(t.get("kind").asString(""))) {
				amounts.merge(to(t), t.get("amount").asDouble(), Double::sum);
			}
		}
		List<Discrepancy> found = new ArrayList<>();
		amounts.forEach((id,
				amount) -> found.add(new Discrepancy("PERSONAL", "流入个人账户", id, amount,
						String.format("¥%,.0f reached the personal account %s other than as salary, subsidy or refund",
								amount, label(id)),
						String.format("¥%,.0f 以工资、补贴、退款以外的名义流入个人账户 %s", amount, label(id)))));
		return found;
	}

	private List<TrailAccount> accounts() {
		List<TrailAccount> out = new ArrayList<>();
		this.accounts.forEach((id, node) -> {
			double in = this.received.getOrDefault(id, 0.0);
			double out2 = this.paidOut.getOrDefault(id, 0.0);
			Node holder = this.holders.get(id);
			out.add(new TrailAccount(GraphEntity.of(node), (holder != null) ? GraphEntity.of(holder) : null,
					this.levels.getOrDefault(id, "OTHER"), in, out2, in - out2));
		});
		out.sort(Comparator.comparing((TrailAccount a) -> -a.received()).thenComparing((a) -> a.account().id()));
		return out;
	}

	private List<TrailHop> hops() {
		Map<Integer, List<Relationship>> byHop = new TreeMap<>();
		this.transfers.forEach((id, t) -> byHop.computeIfAbsent(this.hopOf.get(id), (k) -> new ArrayList<>()).add(t));
		List<TrailHop> hops = new ArrayList<>();
		byHop.forEach((hop, list) -> {
			Set<String> reached = new HashSet<>();
			list.forEach((t) -> reached.add(to(t)));
			hops.add(new TrailHop(hop, list.size(), list.stream().mapToDouble((t) -> t.get("amount").asDouble()).sum(),
					reached.size()));
		});
		return hops;
	}

	private static List<TrailLevel> levels(List<TrailAccount> accounts) {
		Map<String, double[]> sums = new LinkedHashMap<>();
		for (TrailAccount a : accounts) {
			double[] s = sums.computeIfAbsent(a.level(), (k) -> new double[4]);
			s[0]++;
			s[1] += a.received();
			s[2] += a.paidOut();
			s[3] += a.retained();
		}
		List<TrailLevel> levels = new ArrayList<>();
		sums.forEach((level, s) -> levels.add(new TrailLevel(level, (int) s[0], s[1], s[2], s[3])));
		return levels;
	}

	private String label(TrailAccount account) {
		return label(account.account().id());
	}

	private String label(String accountId) {
		Node holder = this.holders.get(accountId);
		return (holder != null) ? accountId + " (" + GraphEntity.of(holder).name() + ")" : accountId;
	}

	private String from(Relationship t) {
		return this.idsByElement.get(t.startNodeElementId());
	}

	private String to(Relationship t) {
		return this.idsByElement.get(t.endNodeElementId());
	}

}
