package org.oversight.generator;

import java.time.LocalDate;

/**
 * Plants {@code layout.plants} hits of each of the fourteen red-flag rules, each built to
 * match its definition exactly and nothing else, in entities of their own (ids with
 * {@code -X-}) hung under the first county, and writes each to the ground truth.
 */
final class PlantedPatterns {

	private final Layout layout;

	private final BundleFiles files;

	private final GroundTruth truth;

	private final String county;

	PlantedPatterns(Layout layout, BundleFiles files, GroundTruth truth) {
		this.layout = layout;
		this.files = files;
		this.truth = truth;
		this.county = Layout.org(Layout.committee(1));
	}

	void write() {
		for (int i = 0; i < this.layout.plants; i++) {
			String n = String.format("%03d", i + 1);
			publicFundsToPersonal(n, i);
			conflictOfInterest(n);
			quantityShortfall(n);
			collectiveViolation(n);
			recurring(n);
			overdue(n);
			contractorConcentration(n);
			splitContracts(n);
			circularFlow(n);
			inspectorConflict(n, i);
			sanctionIgnored(n);
			corroboratedLeads(n);
			overrunSlowStart(n, i);
			subsidyIneligible(n, i);
		}
	}

	/**
	 * 两超一慢, one count at a time by turns (started late; over budget; completed late), so
	 * each count is found alone. The background's projects have no plan and no final
	 * account.
	 */
	private void overrunSlowStart(String n, int i) {
		String org = "ORG-X-OR-" + n;
		String project = "PRJ-X-OR-" + n;
		org(org, "云岭县农业农村局项目办" + n, this.county);
		String plannedStart = (i % 3 == 0) ? "2023-01-10" : "2023-03-01";
		Long finalAccount = (i % 3 == 1) ? 1_500_000L : 1_150_000L;
		String plannedEnd = (i % 3 == 2) ? "2023-08-31" : "2023-12-31";
		this.files.row("projects.csv", project, "高标准农田建设项目" + n, org, "AGRICULTURE", 1_200_000, "2023-05-15",
				"2023-12-20", "已竣工验收", null, null, null, null, plannedStart, plannedEnd, finalAccount);
		this.truth.hit("OVERRUN_SLOW_START", project, org);
	}

	/**
	 * 低保金 to a household that is no 低保户 (even), or 产业奖补 to one never registered (odd),
	 * paid from the village's own account.
	 */
	private void subsidyIneligible(String n, int i) {
		String village = "ORG-X-SV-" + n;
		String account = "ACC-X-SV-" + n;
		String household = "HH-X-SV-" + n;
		this.files.row("organizations.csv", village, "云岭县新寨村" + n + "党支部", "VILLAGE", "VILLAGE", this.county,
				"GRASSROOTS", null);
		account(account, village, "PUBLIC");
		this.files.row("households.csv", household, "张某某户" + n, village, (i % 2 == 0) ? "LIFTED" : null, null);
		person("PER-X-SV-" + n, "张某某");
		this.files.row("household_members.csv", "PER-X-SV-" + n, household, "HEAD");
		this.files.row("subsidies.csv", account, household, "2024-03-15",
				(i % 2 == 0) ? "MINIMUM_LIVING_ALLOWANCE" : "INDUSTRY_AWARD", 1_860, null, null);
		this.truth.hit("SUBSIDY_INELIGIBLE", household, village, account);
	}

	private void org(String id, String name, String parent) {
		this.files.row("organizations.csv", id, name, "DEPARTMENT", "COUNTY", parent, "OTHER", null);
	}

	private void person(String id, String name) {
		this.files.row("persons.csv", id, name, "M", 1970, true);
	}

	private void company(String id) {
		this.files.row("companies.csv", id, "云岭市" + id.substring(5) + "工程有限公司", null, null, null);
	}

	private void account(String id, String holder, String kind) {
		this.files.row("accounts.csv", id, holder, kind, "农村商业银行", null);
	}

	private void transfer(String id, String from, String to, long amount, String date, String kind, String project) {
		this.files.row("transfers.csv", id, from, to, amount, date, kind, null, project, null);
	}

	private void project(String id, String owner, Long accepted, Long measured) {
		this.files.row("projects.csv", id, "道路硬化工程" + id.substring(6), owner, "TRANSPORT", 1_200_000, "2023-03-01",
				"2023-10-30", "已验收", (accepted == null) ? null : "米", accepted, measured, null, null, null, null);
	}

	private void contract(String id, String project, String company, long amount, String signed, String procurement,
			String approvedBy) {
		this.files.row("contracts.csv", id, project, company, amount, signed, procurement, approvedBy, null);
	}

	private void position(String person, String org, String title, String start, String end, boolean leader) {
		this.files.row("positions.csv", person, org, title, start, end, 1, leader, false);
	}

	/**
	 * Even: a PUBLIC_REVENUE transfer into a personal account; odd: a public → company →
	 * personal chain.
	 */
	private void publicFundsToPersonal(String n, int i) {
		String person = "PER-X-PF-" + n;
		String account = "ACC-X-PF-" + n;
		person(person, "刘某某");
		account(account, person, "PERSONAL");
		if (i % 2 == 0) {
			String from = Layout.corporateAccount(i % this.layout.companies);
			transfer("TRF-X-PF-" + n, from, account, 86_000, "2024-04-18", "PUBLIC_REVENUE", null);
			this.truth.hit("PUBLIC_FUNDS_TO_PERSONAL", account, "TRF-X-PF-" + n);
			return;
		}
		String company = "CO-X-PF-" + n;
		String middle = "ACC-X-PFC-" + n;
		company(company);
		account(middle, company, "CORPORATE");
		String from = Layout.publicAccount(this.layout.townshipBase() + i % this.layout.townships);
		transfer("TRF-X-PF-" + n + "-1", from, middle, 300_000, "2024-05-06", "PAYMENT", null);
		transfer("TRF-X-PF-" + n + "-2", middle, account, 280_000, "2024-05-09", "OTHER", null);
		this.truth.hit("PUBLIC_FUNDS_TO_PERSONAL", account, "TRF-X-PF-" + n + "-1", "TRF-X-PF-" + n + "-2");
	}

	private void conflictOfInterest(String n) {
		String org = "ORG-X-CI-" + n;
		String official = "PER-X-CI-" + n;
		String spouse = "PER-X-CIS-" + n;
		String company = "CO-X-CI-" + n;
		org(org, "云岭县水务管理站" + n, this.county);
		person(official, "王某");
		person(spouse, "李某");
		position(official, org, "站长助理", "2018-01-01", null, false);
		this.files.row("relations.csv", official, spouse, "SPOUSE");
		company(company);
		this.files.row("company_roles.csv", spouse, company, "SHAREHOLDER", "0.4");
		project("PRJ-X-CI-" + n, org, null, null);
		contract("CT-X-CI-" + n, "PRJ-X-CI-" + n, company, 800_000, "2023-02-15", "COMPETITIVE", null);
		this.truth.hit("CONFLICT_OF_INTEREST_CONTRACT", "CT-X-CI-" + n, company, org, official, spouse);
	}

	private void quantityShortfall(String n) {
		String org = "ORG-X-QS-" + n;
		String company = "CO-X-QS-" + n;
		org(org, "云岭县农村公路管理所" + n, this.county);
		account("ACC-X-QSO-" + n, org, "PUBLIC");
		company(company);
		account("ACC-X-QS-" + n, company, "CORPORATE");
		project("PRJ-X-QS-" + n, org, 3_200L, 3_000L);
		contract("CT-X-QS-" + n, "PRJ-X-QS-" + n, company, 1_150_000, "2023-02-20", "OPEN_TENDER", null);
		transfer("TRF-X-QS-" + n + "-1", "ACC-X-QSO-" + n, "ACC-X-QS-" + n, 600_000, "2023-06-01", "PAYMENT",
				"PRJ-X-QS-" + n);
		transfer("TRF-X-QS-" + n + "-2", "ACC-X-QSO-" + n, "ACC-X-QS-" + n, 550_000, "2023-11-20", "PAYMENT",
				"PRJ-X-QS-" + n);
		this.truth.hit("QUANTITY_SHORTFALL", "PRJ-X-QS-" + n, "CT-X-QS-" + n, "TRF-X-QS-" + n + "-1",
				"TRF-X-QS-" + n + "-2");
	}

	private void collectiveViolation(String n) {
		String org = "ORG-X-CV-" + n;
		org(org, "云岭县移民开发中心" + n, this.county);
		String[] leaders = new String[4];
		for (int p = 0; p < leaders.length; p++) {
			leaders[p] = "PER-X-CV-" + n + "-" + p;
			person(leaders[p], Names.SURNAMES[p] + "某某");
			position(leaders[p], org, (p == 0) ? "主任" : "副主任" + p, "2019-01-01", null, true);
		}
		String finding = "FND-X-CV-" + n;
		this.files.row("findings.csv", finding, Layout.team(0, 0, 0), org, "FUND_MISAPPROPRIATION", "2024-06-15", null,
				"HIGH", "班子成员集体套取移民资金", null, 2_600_000);
		for (int p = 0; p < 3; p++) {
			this.files.row("finding_links.csv", finding, leaders[p], "SUBJECT");
		}
		this.truth.hit("COLLECTIVE_VIOLATION", org, finding, leaders[0], leaders[1], leaders[2]);
	}

	private void recurring(String n) {
		String org = "ORG-X-RR-" + n;
		org(org, "云岭县机关事务服务中心" + n, this.county);
		String first = "FND-X-RR-" + n + "-1";
		String later = "FND-X-RR-" + n + "-2";
		this.files.row("findings.csv", first, Layout.team(0, 0, 0), org, "EIGHT_RULES", "2022-05-10", null, "MEDIUM",
				"违规发放津补贴", null, null);
		this.files.row("rectifications.csv", "RECT-X-RR-" + n, first, "清退违规发放的津补贴", "2022-09-30", "VERIFIED", org, null,
				"2022-08-20", null, null, "清退凭证");
		this.files.row("findings.csv", later, Layout.team(1, 5, 0), org, "EIGHT_RULES", "2024-05-12", null, "HIGH",
				"再次违规发放津补贴", null, null);
		this.truth.hit("RECURRING_AFTER_RECTIFICATION", later, first, "RECT-X-RR-" + n);
	}

	private void overdue(String n) {
		String org = "ORG-X-OD-" + n;
		org(org, "云岭县城市管理局" + n, this.county);
		String finding = "FND-X-OD-" + n;
		this.files.row("findings.csv", finding, Layout.team(0, 1, 0), org, "FORMALISM", "2024-05-20", null, "LOW",
				"督查检查过多过频", null, null);
		this.files.row("rectifications.csv", "RECT-X-OD-" + n, finding, "精简督查检查事项", "2024-12-31", "IN_PROGRESS", org,
				null, null, null, null, null);
		this.truth.hit("OVERDUE_RECTIFICATION", "RECT-X-OD-" + n, finding);
	}

	private void contractorConcentration(String n) {
		String parent = "ORG-X-CCP-" + n;
		String[] owners = { "ORG-X-CCA-" + n, "ORG-X-CCB-" + n };
		org(parent, "云岭县园区管委会" + n, this.county);
		org(owners[0], "云岭县园区建设局" + n, parent);
		org(owners[1], "云岭县园区服务局" + n, parent);
		String company = "CO-X-CC-" + n;
		String other = "CO-X-CCO-" + n;
		company(company);
		company(other);
		String[] contracts = new String[3];
		for (int c = 0; c < 4; c++) {
			String project = "PRJ-X-CC-" + n + "-" + c;
			project(project, owners[c / 2], null, null);
			String contract = "CT-X-CC-" + n + "-" + c;
			if (c < 3) {
				contracts[c] = contract;
				contract(contract, project, company, 2_000_000, "2024-0" + (3 + c) + "-10", "OPEN_TENDER", null);
			}
			else {
				contract(contract, project, other, 1_500_000, "2024-07-10", "OPEN_TENDER", null);
			}
		}
		this.truth.hit("CONTRACTOR_CONCENTRATION", company, contracts);
	}

	private void splitContracts(String n) {
		String org = "ORG-X-SC-" + n;
		String company = "CO-X-SC-" + n;
		org(org, "云岭县文化旅游局" + n, this.county);
		company(company);
		long[] amounts = { 400_000, 380_000, 350_000 };
		String[] dates = { "2024-03-01", "2024-03-12", "2024-03-25" };
		String[] contracts = new String[3];
		for (int c = 0; c < 3; c++) {
			String project = "PRJ-X-SC-" + n + "-" + c;
			project(project, org, null, null);
			contracts[c] = "CT-X-SC-" + n + "-" + c;
			contract(contracts[c], project, company, amounts[c], dates[c], (c == 1) ? "DIRECT" : "COMPETITIVE", null);
		}
		this.truth.hit("SPLIT_CONTRACTS", contracts[0], contracts);
	}

	private void circularFlow(String n) {
		String[] accounts = new String[3];
		for (int a = 0; a < 3; a++) {
			String company = "CO-X-CF-" + n + "-" + a;
			company(company);
			accounts[a] = "ACC-X-CF-" + n + "-" + a;
			account(accounts[a], company, "CORPORATE");
		}
		String[] dates = { "2024-02-01", "2024-02-10", "2024-02-20" };
		String[] transfers = new String[3];
		for (int t = 0; t < 3; t++) {
			transfers[t] = "TRF-X-CF-" + n + "-" + t;
			transfer(transfers[t], accounts[t], accounts[(t + 1) % 3], 500_000 - 10_000L * t, dates[t], "OTHER", null);
		}
		this.truth.hit("CIRCULAR_FLOW", accounts[0], transfers);
	}

	/**
	 * A team member who worked at one of the team's targets three years before the round.
	 */
	private void inspectorConflict(String n, int i) {
		int target = coveredTarget(i);
		int r = this.layout.roundOf(target);
		int k = this.layout.inspectingCommittee(target);
		String team = Layout.team(k, r, this.layout.teamOf(target));
		LocalDate start = Layout.roundStart(r);
		String person = "PER-X-IC-" + n;
		person(person, "赵某");
		position(person, Layout.org(target), "办事员", start.minusYears(4).toString(), start.minusYears(3).toString(),
				false);
		this.files.row("team_members.csv", team, person, "MEMBER", "审计", start, Layout.roundEnd(r));
		this.truth.hit("INSPECTOR_CONFLICT", person, Layout.org(target), team);
	}

	/** The i-th organization covered by a round that is not a cross inspection. */
	private int coveredTarget(int i) {
		int seen = 0;
		int last = -1;
		for (int org = 0; org < this.layout.organizations(); org++) {
			int r = this.layout.roundOf(org);
			if (r >= 0 && !this.layout.isCross(this.layout.coveringCommittee(org), r)) {
				last = org;
				if (seen++ == i) {
					return org;
				}
			}
		}
		return last;
	}

	private void sanctionIgnored(String n) {
		String org = "ORG-X-SI-" + n;
		String person = "PER-X-SI-" + n;
		org(org, "云岭县供销合作社" + n, this.county);
		person(person, "周某");
		position(person, org, "主任", "2018-03-01", null, true);
		String caseId = "CASE-X-SI-" + n;
		this.files.row("cases.csv", caseId, "2022-03-01", null, Layout.org(Layout.disciplineBody(1)), "CLOSED",
				"2022-09-30", null);
		this.files.row("case_subjects.csv", caseId, person);
		this.files.row("sanctions.csv", "SAN-X-SI-" + n, person, "PARTY_POST_REMOVAL", "2022-10-15", caseId, null);
		this.truth.hit("SANCTION_IGNORED", person, org, "SAN-X-SI-" + n);
	}

	private void corroboratedLeads(String n) {
		String company = "CO-X-CL-" + n;
		company(company);
		String[] leads = { "LEAD-X-CL-" + n + "-1", "LEAD-X-CL-" + n + "-2" };
		String[] teams = { Layout.team(0, 3, 0), Layout.team(1, 3, 0) };
		for (int l = 0; l < 2; l++) {
			this.files.row("leads.csv", leads[l], teams[l], "INSPECTION", "OPEN", "2023-06-0" + (l + 5), null, null,
					null, "反映该企业围标串标", "围标串标线索", false);
			this.files.row("lead_links.csv", leads[l], company, "SUBJECT");
		}
		this.truth.hit("CORROBORATED_LEADS", company, leads);
	}

}
