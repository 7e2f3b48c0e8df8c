package org.oversight.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Persons and companies. Persons come in four pools that never mix, so the background
 * matches no red flag by accident: officials (hold positions, one organization each),
 * their relatives (no positions, no company roles), business persons (company roles only)
 * and residents (receive subsidies).
 */
final class PeopleWriter {

	private static final String[] KINSHIP = { "SPOUSE", "SPOUSE", "SPOUSE", "CHILD", "SIBLING", "PARENT", "IN_LAW" };

	private static final String[] TRADES = { "建设工程", "建筑劳务", "商贸", "农业开发", "环保科技", "水利水电工程", "路桥工程", "物业管理", "医疗器械",
			"信息技术" };

	private final Layout layout;

	private final BundleFiles files;

	private final SplittableRandom random;

	private final Progress progress;

	PeopleWriter(Layout layout, BundleFiles files, SplittableRandom random, Progress progress) {
		this.layout = layout;
		this.files = files;
		this.random = random;
		this.progress = progress;
	}

	void write() {
		for (int p = 0; p < this.layout.persons; p++) {
			person(p);
			if (p < this.layout.officials) {
				positions(p);
				if (p % 2 == 0) {
					this.files.row("relations.csv", Layout.person(p), Layout.person(this.layout.relativeOf(p)),
							KINSHIP[this.random.nextInt(KINSHIP.length)]);
				}
			}
			if (this.layout.hasAccount(p)) {
				this.files.row("accounts.csv", Layout.personalAccount(p), Layout.person(p), "PERSONAL", "农村商业银行", null);
			}
			this.progress.step("persons", p + 1, this.layout.persons);
		}
		for (int c = 0; c < this.layout.companies; c++) {
			company(c);
			this.progress.step("companies", c + 1, this.layout.companies);
		}
	}

	private void person(int p) {
		boolean official = p < this.layout.officials;
		String gender = (this.random.nextInt(100) < (official ? 72 : 50)) ? "M" : "F";
		int born = 1958 + this.random.nextInt(45);
		boolean member = official || this.random.nextInt(10) == 0;
		this.files.row("persons.csv", Layout.person(p), Names.person(this.random), gender, born, member);
	}

	private void positions(int official) {
		int org = this.layout.orgOfOfficial(official);
		int slot = official - this.layout.officialBase(org);
		boolean leader = this.layout.isLeaderSlot(org, slot);
		LocalDate start = LocalDate.of(2013 + this.random.nextInt(9), 1 + this.random.nextInt(12),
				1 + this.random.nextInt(28));
		if (this.random.nextInt(5) == 0) {
			LocalDate earlier = start.minusYears(3 + this.random.nextInt(4));
			this.files.row("positions.csv", Layout.person(official), Layout.org(org), leader ? "副职" : "办事员", earlier,
					start.minusDays(1), slot + 2, leader, false);
		}
		this.files.row("positions.csv", Layout.person(official), Layout.org(org), title(org, slot), start, null,
				slot + 1, leader, slot == 0);
	}

	private String title(int org, int slot) {
		if (org >= this.layout.villageBase()) {
			return new String[] { "村党支部书记", "村委会主任", "村文书" }[slot];
		}
		if (this.layout.isTownship(org)) {
			return new String[] { "党委书记", "镇长", "党委副书记", "副镇长", "党政办干事", "财政所会计" }[slot];
		}
		int within = org % Layout.BLOCK;
		if (within == 0) {
			return new String[] { "书记", "副书记", "常委", "常委", "办公室主任", "科员", "科员", "科员" }[slot];
		}
		if (within == 1) {
			return new String[] { "纪委书记", "纪委副书记", "纪委常委", "纪委常委", "纪检监察干部", "纪检监察干部", "巡察办干部", "巡察办干部" }[slot];
		}
		return new String[] { "局长", "副局长", "副局长", "纪检组长", "科长", "科员", "科员", "会计" }[slot];
	}

	private void company(int c) {
		String name = StructureWriter.CITY + Names.place(500_000L + c) + TRADES[c % TRADES.length] + "有限公司";
		this.files.row("companies.csv", Layout.company(c), name, String.format("91539900MA%07dX", c),
				StructureWriter.CITY + Names.place(700_000L + c) + "路" + (1 + c % 300) + "号",
				String.format("0873-%07d", c));
		this.files.row("company_roles.csv", Layout.person(this.layout.businessPerson(c)), Layout.company(c),
				"LEGAL_REP", null);
		this.files.row("company_roles.csv", Layout.person(this.layout.businessPerson(c * 7 + 3)), Layout.company(c),
				"OWNER", "0.6");
		this.files.row("accounts.csv", Layout.corporateAccount(c), Layout.company(c), "CORPORATE", "中国建设银行", null);
	}

}
