package org.oversight.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * One term of inspection per committee: nine rounds, their teams (members from the
 * committee's discipline body, authorized per round), the targets (about 95% of the
 * organizations below each committee, each inspected once), and what came of it in the
 * proportions of the domain's figures: findings, rectification tasks (89% fed back, 82%
 * of those completed), rules revised, leads (11% of findings), cases (15% of leads),
 * sanctions (65% of cases) and petitions.
 *
 * <p>
 * To keep the background free of accidental red flags: the findings of one organization
 * all have different categories, a finding implicates one person, the persons that cases
 * investigate hold no leader position, and team members only ever work at a discipline
 * body. Rectification tasks left open past their deadline are overdue by definition; each
 * one is written to the ground truth.
 */
final class InspectionWriter {

	static final String[] CATEGORIES = { "WEAK_PARTY_LEADERSHIP", "POLICY_NOT_IMPLEMENTED", "FORMALISM", "EIGHT_RULES",
			"FINANCIAL_MISMANAGEMENT", "PROCUREMENT", "FUND_MISAPPROPRIATION", "PERSONNEL", "WEAK_GRASSROOTS",
			"PETTY_CORRUPTION", "CLAN_BULLY", "DATA_FALSIFICATION", "RECTIFICATION_FAILURE" };

	private static final String[] TITLES = { "党委（党组）主体责任落实不到位", "贯彻落实上级决策部署打折扣", "文山会海、督查检查过多过频", "违规发放津补贴",
			"白条入账、账目混乱", "工程项目未按规定招投标", "截留挪用扶贫资金", "违规选拔任用干部", "基层党组织软弱涣散", "优亲厚友、吃拿卡要", "村霸宗族势力干扰基层治理", "虚报脱贫数据",
			"上轮巡察反馈问题整改不到位" };

	private static final String[] OPEN_STATUSES = { "IN_PROGRESS", "IN_PROGRESS", "PENDING", "REJECTED" };

	private static final String[] SANCTIONS = { "PARTY_WARNING", "GOV_WARNING", "PARTY_SERIOUS_WARNING", "GOV_DEMERIT",
			"ADMONITION_TALK", "ACCOUNTABILITY", "PARTY_POST_REMOVAL", "GOV_REMOVAL", "PARTY_PROBATION",
			"PARTY_EXPULSION", "GOV_EXPULSION", "JUDICIAL_TRANSFER" };

	private static final String[] SEVERITIES = { "LOW", "LOW", "MEDIUM", "MEDIUM", "HIGH" };

	private final Layout layout;

	private final BundleFiles files;

	private final SplittableRandom random;

	private final GroundTruth truth;

	private final Progress progress;

	private int findings;

	private int rectifications;

	private int leads;

	private int cases;

	private int sanctions;

	private int fixes;

	private int petitions;

	InspectionWriter(Layout layout, BundleFiles files, SplittableRandom random, GroundTruth truth, Progress progress) {
		this.layout = layout;
		this.files = files;
		this.random = random;
		this.truth = truth;
		this.progress = progress;
	}

	void write() {
		for (int k = 0; k < this.layout.committees(); k++) {
			for (int r = 0; r < Layout.ROUNDS; r++) {
				round(k, r);
			}
		}
		for (int org = 0; org < this.layout.organizations(); org++) {
			if (this.layout.roundOf(org) >= 0) {
				inspect(org);
			}
			this.progress.step("inspection", org + 1, this.layout.organizations());
		}
	}

	String roundType(int k, int r) {
		if (r == 2) {
			return "SPECIAL";
		}
		if (r == 4 && k > 0) {
			return "VILLAGE";
		}
		if (this.layout.isCross(k, r)) {
			return "CROSS";
		}
		return (r == 6) ? "JOINT" : "REGULAR";
	}

	private void round(int k, int r) {
		String level = (k == 0) ? "市委" : "县委";
		LocalDate start = Layout.roundStart(r);
		this.files.row("rounds.csv", Layout.round(k, r), "十四届" + level + "第" + (r + 1) + "轮巡察",
				Layout.org(Layout.committee(k)), roundType(k, r), "十四届", Layout.term(k), r + 1, start,
				Layout.roundEnd(r), (r == 2) ? "POVERTY_ALLEVIATION" : null);
		if (r == 6 && k > 0) {
			this.files.row("joint_rounds.csv", Layout.round(0, r), Layout.round(k, r));
		}
		int discipline = this.layout.officialBase(Layout.disciplineBody(k));
		for (int j = 0; j < this.layout.teamsPerRound(k); j++) {
			this.files.row("teams.csv", Layout.team(k, r, j), Layout.round(k, r), level + "第" + (j + 1) + "巡察组");
			for (int m = 0; m < 4; m++) {
				String role = (m == 0) ? "LEADER" : (m == 1) ? "DEPUTY" : "MEMBER";
				this.files.row("team_members.csv", Layout.team(k, r, j),
						Layout.person(discipline + (j * 4 + m) % Layout.HEAD_SLOTS), role,
						(m == 3) ? "财务" : (m == 2) ? "审计" : null, start, Layout.roundEnd(r));
			}
		}
	}

	private void inspect(int org) {
		int r = this.layout.roundOf(org);
		int k = this.layout.inspectingCommittee(org);
		String team = Layout.team(k, r, this.layout.teamOf(org));
		this.files.row("team_targets.csv", team, Layout.org(org));
		int count = this.layout.isDepartment(org) ? 4 + this.random.nextInt(6)
				: this.layout.isTownship(org) ? 3 + this.random.nextInt(4) : 1 + this.random.nextInt(4);
		for (int f = 0; f < count; f++) {
			finding(org, team, CATEGORIES[(org * 5 + f) % CATEGORIES.length], Layout.roundStart(r));
		}
	}

	private void finding(int org, String team, String category, LocalDate roundStart) {
		String id = String.format("FND-%06d", this.findings++);
		LocalDate found = roundStart.plusDays(5 + this.random.nextInt(50));
		boolean lead = this.random.nextInt(100) < 11;
		boolean opensCase = lead && this.random.nextInt(100) < 15;
		int base = this.layout.officialBase(org);
		int slots = this.layout.slots(org);
		int staff = this.layout.firstStaffSlot(org);
		int person = opensCase ? base + staff + this.random.nextInt(slots - staff) : base + this.random.nextInt(slots);
		int index = java.util.Arrays.asList(CATEGORIES).indexOf(category);
		boolean withAmount = this.random.nextBoolean();
		this.files.row("findings.csv", id, team, Layout.org(org), category, found, null,
				SEVERITIES[this.random.nextInt(SEVERITIES.length)], TITLES[index], null,
				withAmount ? 1_000L * (5 + this.random.nextInt(2_000)) : null);
		this.files.row("finding_links.csv", id, Layout.person(person), "RESPONSIBLE");
		if (this.random.nextInt(100) < 89) {
			int tasks = (this.random.nextInt(5) == 0) ? 2 : 1;
			for (int t = 0; t < tasks; t++) {
				rectification(id, org, person, found);
			}
		}
		if (this.random.nextInt(100) < 14) {
			this.files.row("institutional_fixes.csv", String.format("FIX-%06d", this.fixes++),
					"关于" + TITLES[index] + "的整改管理办法", Layout.org(org), found.plusDays(90), id);
		}
		if (this.random.nextInt(100) < 3) {
			this.files.row("petitions.csv", String.format("PET-%06d", this.petitions++), found.minusDays(30),
					"反映" + TITLES[index], null, Layout.person(person),
					Layout.org(Layout.disciplineBody(this.layout.coveringCommittee(org))), "FORWARDED");
		}
		if (lead) {
			lead(id, org, team, person, found, opensCase);
		}
	}

	private void rectification(String finding, int org, int person, LocalDate found) {
		String id = String.format("RECT-%06d", this.rectifications++);
		LocalDate deadline = found.plusDays(90 + this.random.nextInt(90));
		LocalDate completed = found.plusDays(20 + this.random.nextInt(180));
		boolean done = this.random.nextInt(100) < 82 && completed.isBefore(Layout.AS_OF);
		String status = done ? (this.random.nextBoolean() ? "DONE" : "VERIFIED")
				: OPEN_STATUSES[this.random.nextInt(OPEN_STATUSES.length)];
		this.files.row("rectifications.csv", id, finding, "按照巡察反馈意见完成整改并建立长效机制", deadline, status, Layout.org(org),
				Layout.person(person), done ? completed : null, null, null, done ? "整改佐证材料" : null);
		if (!done && deadline.isBefore(Layout.AS_OF)) {
			this.truth.hit("OVERDUE_RECTIFICATION", id, finding);
		}
	}

	private void lead(String finding, int org, String team, int person, LocalDate found, boolean opensCase) {
		String id = String.format("LEAD-%06d", this.leads++);
		int k = this.layout.coveringCommittee(org);
		String discipline = Layout.org(Layout.disciplineBody(k));
		String[] disposals = { "TALK_INQUIRY", "PRELIMINARY_VERIFICATION", "SHELVED", "CLOSED" };
		String disposal = opensCase ? "PRELIMINARY_VERIFICATION" : disposals[this.random.nextInt(disposals.length)];
		LocalDate created = found.plusDays(this.random.nextInt(10));
		LocalDate opened = created.plusDays(15 + this.random.nextInt(45));
		LocalDate closed = opened.plusDays(60 + this.random.nextInt(240));
		boolean isClosed = closed.isBefore(Layout.AS_OF);
		// Each disposition is a status of its own; a concluded case concludes its lead.
		String status = opensCase ? (isClosed ? "CASE_CONCLUDED" : "CASE_OPENED") : disposal;
		this.files.row("leads.csv", id, team, (this.random.nextInt(10) == 0) ? "PETITION" : "INSPECTION", status,
				created, finding, disposal, discipline, "巡察发现的问题线索", "问题线索" + id.substring(5),
				opensCase && this.random.nextInt(5) == 0);
		this.files.row("lead_links.csv", id, Layout.person(person), "SUBJECT");
		if (!opensCase) {
			return;
		}
		String caseId = String.format("CASE-%06d", this.cases++);
		this.files.row("cases.csv", caseId, opened, id, discipline, isClosed ? "CLOSED" : "OPEN",
				isClosed ? closed : null, null);
		this.files.row("case_subjects.csv", caseId, Layout.person(person));
		if (isClosed && this.random.nextInt(100) < 65) {
			this.files.row("sanctions.csv", String.format("SAN-%06d", this.sanctions++), Layout.person(person),
					SANCTIONS[this.random.nextInt(SANCTIONS.length)], closed, caseId, null);
		}
	}

}
