package org.oversight.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Funds, projects, contracts, bids and the transfers between accounts. The background is
 * shaped so no red flag fires by accident: every company holds at most one contract, site
 * measurements stay within 3% of the accepted quantity, and money only flows down a fixed
 * order of accounts (public by organization index, then corporate by company index, then
 * personal, then revenue), so it never runs in a circle; personal accounts receive only
 * salaries and subsidies.
 */
final class MoneyWriter {

	static final int FIRST_YEAR = 2019;

	static final int LAST_YEAR = 2026;

	private static final LocalDate EPOCH = LocalDate.of(FIRST_YEAR, 1, 1);

	private static final int DAYS = (int) (Layout.AS_OF.toEpochDay() - EPOCH.toEpochDay()) - 1;

	private static final String[] WORKS = { "通村道路硬化工程", "农村饮水安全巩固提升工程", "学校改扩建工程", "卫生院业务用房建设", "高标准农田建设", "河道综合治理工程",
			"易地扶贫搬迁安置点配套工程", "危房改造项目", "村级活动场所建设", "产业路建设工程" };

	private static final String[] PAID = { "COMPETITIVE", "INVITED", "DIRECT", "SINGLE_SOURCE" };

	private final Layout layout;

	private final BundleFiles files;

	private final SplittableRandom random;

	private final Progress progress;

	MoneyWriter(Layout layout, BundleFiles files, SplittableRandom random, Progress progress) {
		this.layout = layout;
		this.files = files;
		this.random = random;
		this.progress = progress;
	}

	void write() {
		funds();
		for (int p = 0; p < this.layout.projects; p++) {
			project(p);
			this.progress.step("projects", p + 1, this.layout.projects);
		}
		for (long t = 0; t < this.layout.transfers; t++) {
			transfer(t);
			this.progress.step("transfers", t + 1, this.layout.transfers);
		}
	}

	static String fund(int k, int year) {
		return String.format("FUND-%02d-%d", k, year);
	}

	private void funds() {
		for (int k = 0; k < this.layout.committees(); k++) {
			String place = (k == 0) ? StructureWriter.CITY : StructureWriter.countyName(k - 1);
			for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
				this.files.row("funds.csv", fund(k, year), year + "年" + place + "财政衔接推进乡村振兴补助资金", "财政衔接推进乡村振兴补助资金",
						Layout.org(Layout.committee(k) + 9), 5_000_000L * (1 + this.random.nextInt(20)), year);
			}
		}
	}

	private void project(int p) {
		int owner = this.layout.projectOwner(p);
		String sector = this.layout.isDepartment(owner) ? Names.DEPARTMENTS[owner % Layout.BLOCK - 2][1]
				: "AGRICULTURE";
		long budget = Math.round(Math.exp(Math.log(200_000) + this.random.nextDouble() * Math.log(100)) / 1000) * 1000;
		LocalDate start = EPOCH.plusDays(this.random.nextInt(6 * 365 + 150));
		LocalDate end = start.plusDays(90 + this.random.nextInt(450));
		boolean done = end.isBefore(Layout.AS_OF);
		boolean measured = this.random.nextInt(3) == 0;
		long accepted = 500 + this.random.nextInt(4500);
		long site = Math.round(accepted * (0.97 + this.random.nextDouble() * 0.05));
		String region = (owner >= this.layout.townshipBase()) ? String.format("R-%06d", owner) : null;
		this.files.row("projects.csv", Layout.project(p), Names.place(900_000L + p) + WORKS[p % WORKS.length],
				Layout.org(owner), sector, budget, start, done ? end : null, done ? "已验收" : "在建", measured ? "米" : null,
				measured ? accepted : null, (measured && done) ? site : null, region, null, null, null);
		long amount = Math.round(budget * (0.9 + this.random.nextDouble() * 0.09));
		String procurement = (amount >= 1_000_000 && this.random.nextInt(10) > 0) ? "OPEN_TENDER"
				: PAID[this.random.nextInt(PAID.length)];
		LocalDate signed = start.minusDays(10 + this.random.nextInt(30));
		this.files.row("contracts.csv", String.format("CT-%06d", p), Layout.project(p), Layout.company(p), amount,
				signed, procurement, Layout.person(this.layout.officialBase(owner)), "施工合同");
		if (p % 5 == 0) {
			int supervisor = this.layout.projects + p;
			this.files.row("contracts.csv", String.format("CT-%06d-S", p), Layout.project(p),
					Layout.company(supervisor), Math.round(budget * 0.03), signed, "COMPETITIVE",
					Layout.person(this.layout.officialBase(owner)), "监理合同");
		}
		this.files.row("bids.csv", Layout.company(p), Layout.project(p), amount, signed.minusDays(5), true);
		for (int b = 0; b < 2; b++) {
			int loser = this.random.nextInt(this.layout.companies);
			if (loser != p) {
				this.files.row("bids.csv", Layout.company(loser), Layout.project(p),
						Math.round(amount * (1.01 + this.random.nextDouble() * 0.1)), signed.minusDays(5), false);
			}
		}
	}

	private void transfer(long t) {
		LocalDate date = EPOCH.plusDays(this.random.nextInt(DAYS));
		int r = this.random.nextInt(100);
		String from;
		String to;
		String kind;
		long amount;
		String fund = null;
		String project = null;
		if (r < 55) {
			int official = this.random.nextInt(this.layout.officials);
			from = Layout.publicAccount(this.layout.orgOfOfficial(official));
			to = Layout.personalAccount(official);
			kind = "SALARY";
			amount = 4_000 + this.random.nextInt(8_000);
		}
		else if (r < 70) {
			int org = this.layout.townshipBase() + this.random.nextInt(this.layout.townships + this.layout.villages);
			from = Layout.publicAccount(org);
			to = Layout.personalAccount(this.layout.resident(this.random.nextInt(Integer.MAX_VALUE)));
			kind = "SUBSIDY";
			amount = 200 + this.random.nextInt(3_000);
			fund = fund(this.layout.countyOf(org) + 1, date.getYear());
		}
		else if (r < 78) {
			int p = this.random.nextInt(this.layout.projects);
			from = Layout.publicAccount(this.layout.projectOwner(p));
			to = Layout.corporateAccount(p);
			kind = "PAYMENT";
			amount = 10_000 + this.random.nextInt(500_000);
			project = Layout.project(p);
		}
		else if (r < 83) {
			int org = 1 + this.random.nextInt(this.layout.organizations() - 1);
			from = Layout.publicAccount(this.layout.parent(org));
			to = Layout.publicAccount(org);
			kind = "ALLOCATION";
			amount = 50_000 + this.random.nextInt(5_000_000);
			int county = this.layout.countyOf(org);
			fund = fund((county < 0) ? 0 : county + 1, date.getYear());
		}
		else if (r < 90) {
			int c = this.random.nextInt(this.layout.companies);
			from = Layout.corporateAccount(c);
			to = Layout.personalAccount(this.layout.businessPerson(c + this.random.nextInt(5)));
			kind = "SALARY";
			amount = 3_000 + this.random.nextInt(10_000);
		}
		else if (r < 94) {
			int a = this.random.nextInt(this.layout.companies - 1);
			int b = a + 1 + this.random.nextInt(this.layout.companies - a - 1);
			from = Layout.corporateAccount(a);
			to = Layout.corporateAccount(b);
			kind = "PAYMENT";
			amount = 5_000 + this.random.nextInt(300_000);
		}
		else if (r < 98) {
			boolean company = this.random.nextBoolean();
			from = company ? Layout.corporateAccount(this.random.nextInt(this.layout.companies))
					: Layout.personalAccount(this.layout.businessPerson(this.random.nextInt(Integer.MAX_VALUE)));
			to = Layout.revenueAccount(this.random.nextInt(this.layout.committees()));
			kind = "PUBLIC_REVENUE";
			amount = 1_000 + this.random.nextInt(200_000);
		}
		else {
			from = Layout.publicAccount(this.random.nextInt(this.layout.organizations()));
			to = Layout.corporateAccount(this.random.nextInt(this.layout.companies));
			kind = "REFUND";
			amount = 500 + this.random.nextInt(50_000);
		}
		this.files.row("transfers.csv", String.format("TRF-%08d", t), from, to, amount, date, kind, fund, project,
				null);
	}

}
